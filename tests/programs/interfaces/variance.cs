// Covariant (out T) and contravariant (in T) generic interfaces: casts and is
// checks that hold by variance, and those that do not.
using System;
using System.Collections.Generic;

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T item); }

class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }

class CatMaker : IProducer<Cat> { public Cat Produce() => new Cat(); }
class AnimalPrinter : IConsumer<Animal> { public string Consume(Animal a) => "consumed " + a.Name; }

class Program
{
    static int Main()
    {
        IProducer<Animal> p = new CatMaker();            // covariance
        Console.WriteLine("produced " + p.Produce().Name);
        IConsumer<Cat> c = new AnimalPrinter();          // contravariance
        Console.WriteLine(c.Consume(new Cat()));
        object o = new CatMaker();
        Console.WriteLine("CatMaker is IProducer<Animal> " + (o is IProducer<Animal>) + ", IProducer<object> " + (o is IProducer<object>) +
                          ", IProducer<string> " + (o is IProducer<string>));
        object q = new AnimalPrinter();
        Console.WriteLine("AnimalPrinter is IConsumer<Cat> " + (q is IConsumer<Cat>) + ", IConsumer<object> " + (q is IConsumer<object>));
        IEnumerable<Animal> animals = new List<Cat> { new Cat(), new Cat() };
        int n = 0;
        foreach (Animal a in animals)
            n += a.Name.Length;
        Console.WriteLine("IEnumerable<Animal> over List<Cat>: " + n);
        object ints = new List<int>();
        Console.WriteLine("List<int> is IEnumerable<object> " + (ints is IEnumerable<object>) + " (no variance for value types)");
        return 0;
    }
}
