// Collection and index initialisers, and List/Dictionary passed through their
// interfaces (IList<T>, IDictionary, IReadOnlyCollection<T>).
using System;
using System.Collections.Generic;

class Program
{
    static int Count<T>(IReadOnlyCollection<T> c) => c.Count;

    static int Main()
    {
        var list = new List<int> { 1, 2, 3 };
        var dict = new Dictionary<string, List<int>>
        {
            ["odd"] = new List<int> { 1, 3, 5 },
            ["even"] = new List<int> { 2, 4 },
        };
        IList<int> il = list;
        il.Add(4);
        IDictionary<string, List<int>> id = dict;
        id.Add("none", new List<int>());
        Console.WriteLine("list " + Count(list) + " dict " + Count(dict) + " odd[2] " + dict["odd"][2] + " none " + dict["none"].Count);
        ICollection<int> coll = list;
        Console.WriteLine("ICollection contains 4 " + coll.Contains(4) + " readonly " + coll.IsReadOnly);
        return 0;
    }
}
