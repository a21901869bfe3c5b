// Casting in a class hierarchy: is, as, explicit casts (castclass) and
// InvalidCastException, pattern matching on types.
using System;

class Animal { public virtual string Kind => "animal"; }
class Cat : Animal { public override string Kind => "cat"; }
class Lion : Cat { public override string Kind => "lion"; }
class Dog : Animal { public override string Kind => "dog"; }

class Program
{
    static string Classify(object o) => o switch
    {
        Lion l => "a lion (" + l.Kind + ")",
        Cat c => "a cat (" + c.Kind + ")",
        Animal a => "some animal (" + a.Kind + ")",
        string s => "a string of " + s.Length,
        null => "null",
        _ => "something else: " + o.GetType().Name
    };

    static int Main()
    {
        object[] things = { new Animal(), new Cat(), new Lion(), new Dog(), "hey", 12, null };
        foreach (object o in things)
            Console.WriteLine(Classify(o) + " | is Cat " + (o is Cat) + " | as Cat " + ((o as Cat)?.Kind ?? "null"));
        Animal a = new Dog();
        try
        {
            Cat c = (Cat)a;
            Console.WriteLine("not reached " + c.Kind);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("Dog to Cat: InvalidCastException");
        }
        Animal n = null;
        Cat fromNull = (Cat)n;
        Console.WriteLine("cast of null succeeds: " + (fromNull == null));
        object s = "str";
        try
        {
            var x = (Animal)s;
            Console.WriteLine("not reached " + x);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("string to Animal: InvalidCastException");
        }
        return 0;
    }
}
