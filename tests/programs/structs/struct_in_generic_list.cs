// Structs stored in generic containers and in fields of classes are copied in
// and out; a List<T> indexer returns a copy.
using System;
using System.Collections.Generic;

struct Item
{
    public int Id;
    public double Weight;
    public string Label;
}

class Program
{
    static int Main()
    {
        var list = new List<Item>();
        for (int i = 0; i < 10; i++)
            list.Add(new Item { Id = i, Weight = i * 0.5, Label = "item" + i });
        Item x = list[3];
        x.Id = 100;
        Console.WriteLine("list[3].Id still " + list[3].Id + ", copy " + x.Id);
        list[3] = x;
        Console.WriteLine("after store " + list[3].Id);
        double total = 0;
        foreach (var it in list)
            total += it.Weight;
        Console.WriteLine("total weight " + total);
        var dict = new Dictionary<int, Item>();
        foreach (var it in list)
            dict[it.Id] = it;
        Console.WriteLine("dict[100] " + dict[100].Label + ", count " + dict.Count);
        Item[] arr = list.ToArray();
        arr[0].Label = "changed";
        Console.WriteLine("array copy " + arr[0].Label + " list " + list[0].Label);
        return 0;
    }
}
