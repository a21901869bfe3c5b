// Async lambdas with LINQ: Select into tasks, WhenAll, then LINQ over the results.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    record Item(string Name, int Price);

    static async Task<Item> Fetch(int id)
    {
        await Task.Delay(5 * (id % 3));
        return new Item("item" + id, id * 10 % 7);
    }

    static async Task Main()
    {
        IEnumerable<Task<Item>> fetches = Enumerable.Range(1, 8).Select(id => Fetch(id));
        Item[] items = await Task.WhenAll(fetches);
        foreach (var g in items.GroupBy(i => i.Price % 3).OrderBy(g => g.Key))
            Console.WriteLine(g.Key + ": " + string.Join(", ", g.Select(i => i.Name)));

        var squares = await Task.WhenAll(new[] { 3, 1, 2 }.Select(async n =>
        {
            await Task.Yield();
            return n * n;
        }));
        Console.WriteLine(string.Join(" ", squares));

        Func<int, Task<bool>> isOdd = async n => { await Task.Delay(1); return n % 2 == 1; };
        var flags = await Task.WhenAll(Enumerable.Range(0, 5).Select(isOdd));
        Console.WriteLine(string.Join(",", flags));

        var lengths = await Task.WhenAll(new List<string> { "alpha", "be", "gamma" }.Select(s => Task.Run(() => s.Length)));
        Console.WriteLine(lengths.Sum() + " " + lengths.Max());

        var results = new List<int>();
        foreach (var t in Enumerable.Range(1, 4).Select(async i => { await Task.Delay(i); return i * 100; }).ToList())
            results.Add(await t);
        Console.WriteLine(string.Join(" ", results));
    }
}
