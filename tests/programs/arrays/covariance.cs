// Array covariance: a string[] is an object[]; storing a wrong type throws
// ArrayTypeMismatchException (stelem.ref checks); null always fits; value-type
// arrays are not covariant.
using System;

class Animal { }
class Cat : Animal { }
class Dog : Animal { }

class Program
{
    static void Store(object[] arr, int i, object v, string what)
    {
        try
        {
            arr[i] = v;
            Console.WriteLine(what + ": stored");
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine(what + ": ArrayTypeMismatchException");
        }
    }

    static int Main()
    {
        object[] strings = new string[2];
        Store(strings, 0, "fine", "string into string[]");
        Store(strings, 1, 5, "int into string[]");
        Store(strings, 1, null, "null into string[]");
        Animal[] cats = new Cat[2];
        Store(cats, 0, new Cat(), "Cat into Cat[] as Animal[]");
        Store(cats, 1, new Dog(), "Dog into Cat[] as Animal[]");
        Store(cats, 1, new Animal(), "Animal into Cat[] as Animal[]");
        object[] objs = new object[1];
        Store(objs, 0, new Dog(), "Dog into object[]");
        object o = new int[3];
        Console.WriteLine("int[] is object[] " + (o is object[]) + ", is Array " + (o is Array) + ", uint[] via object is int[] " + ((object)new uint[1] is int[]));
        object[][] jag = new string[1][];
        try
        {
            jag[0] = new object[1];
        }
        catch (ArrayTypeMismatchException)
        {
            Console.WriteLine("object[] into string[][]: ArrayTypeMismatchException");
        }
        Animal[] animals = new Cat[] { new Cat() };
        Cat[] back = (Cat[])animals;
        Console.WriteLine("cast back to Cat[] " + back.Length);
        try
        {
            Dog[] dogs = (Dog[])(object)animals;
            Console.WriteLine("not reached " + dogs.Length);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("Cat[] to Dog[]: InvalidCastException");
        }
        return 0;
    }
}
