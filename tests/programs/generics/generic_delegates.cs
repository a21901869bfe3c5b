// Generic delegates (Func, Action, custom), delegate variance, and delegates to
// generic methods.
using System;

delegate TR Transformer<in TA, out TR>(TA a);

class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }

class Program
{
    static T Ident<T>(T x) => x;
    static string Describe(Animal a) => "described " + a.Name;
    static Cat MakeCat() => new Cat();

    static int Main()
    {
        Func<int, int, int> add = (a, b) => a + b;
        Action<string> print = s => Console.WriteLine("action " + s);
        Func<int, int> id = Ident;
        Func<string, string> ids = Ident<string>;
        Console.WriteLine(add(2, 3) + " " + id(9) + " " + ids("same"));
        print("hi");
        Transformer<Animal, string> t1 = Describe;
        Transformer<Cat, object> t2 = t1;            // in and out variance together
        Console.WriteLine(t2(new Cat()));
        Func<Cat> makeCat = MakeCat;
        Func<Animal> makeAnimal = makeCat;           // covariance of Func<out T>
        Console.WriteLine(makeAnimal().Name);
        Action<Animal> actAnimal = a => Console.WriteLine("acting on " + a.Name);
        Action<Cat> actCat = actAnimal;              // contravariance of Action<in T>
        actCat(new Cat());
        Func<object, bool> isCat = o => o is Cat;
        Console.WriteLine(isCat(new Cat()) + " " + isCat(new Animal()));
        return 0;
    }
}
