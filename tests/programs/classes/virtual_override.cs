// Virtual dispatch through base references, several levels deep, with overrides
// skipped at some levels.
using System;

class A
{
    public virtual string Who() => "A";
    public virtual string Chain() => "A";
    public string NonVirtual() => "A.NonVirtual";
}

class B : A
{
    public override string Who() => "B";
    public override string Chain() => "B>" + base.Chain();
}

class C : B
{
    // Who() not overridden: B's is inherited.
    public override string Chain() => "C>" + base.Chain();
}

class D : C
{
    public override string Who() => "D";
    public new string NonVirtual() => "D.NonVirtual";
}

class Program
{
    static int Main()
    {
        A[] all = { new A(), new B(), new C(), new D() };
        foreach (A x in all)
            Console.WriteLine(x.GetType().Name + ": Who " + x.Who() + ", Chain " + x.Chain() + ", " + x.NonVirtual());
        D d = new D();
        Console.WriteLine("through D: " + d.NonVirtual() + ", through A: " + ((A)d).NonVirtual());
        // A delegate bound to a virtual method dispatches too.
        Func<string> f = all[2].Who;
        Console.WriteLine("delegate to virtual " + f());
        return 0;
    }
}
