// A complete program: an order-processing service built on System.Threading.Channels —
// a bounded intake channel with back-pressure, a pool of async workers pricing orders,
// a results channel drained by an aggregator, a dead-letter channel, completion that flows
// from stage to stage (with and without errors), cancellation of a blocked read, and the
// drop policies of bounded channels. Workers may interleave differently on every run, so
// everything printed is either produced by one task or sorted before printing.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

enum Region { North, South, East, West }

sealed record Order(int Id, string Customer, Region Region, (string Sku, int Qty)[] Lines);
sealed record Priced(int OrderId, string Customer, Region Region, decimal Subtotal, decimal Discount, decimal Tax, int Worker)
{
    public decimal Total => Subtotal - Discount + Tax;
}
sealed record Rejected(int OrderId, string Reason);

sealed class PricingException(int orderId, string message) : Exception(message)
{
    public int OrderId { get; } = orderId;
}

static class Catalog
{
    public static readonly IReadOnlyDictionary<string, decimal> Prices = new Dictionary<string, decimal>
    {
        ["pen"] = 1.20m, ["pad"] = 3.50m, ["ink"] = 7.99m, ["desk"] = 149.00m, ["lamp"] = 24.95m, ["chair"] = 89.90m,
    };

    public static decimal TaxRate(Region r) => r switch
    {
        Region.North => 0.20m, Region.South => 0.175m, Region.East => 0.19m, Region.West => 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };
}

static class Program
{
    static IEnumerable<Order> MakeOrders(int count)
    {
        string[] customers = ["acme", "globex", "initech", "umbrella", "hooli"];
        string[] skus = ["pen", "pad", "ink", "desk", "lamp", "chair", "quill"];
        uint seed = 12345;
        int Next(int max) { seed = seed * 1103515245 + 12345; return (int)((seed >> 16) % (uint)max); }
        for (int id = 1; id <= count; id++)
        {
            int lines = 1 + Next(4);
            var items = Enumerable.Range(0, lines).Select(_ => (skus[Next(skus.Length)], Next(12) - 1)).ToArray();
            yield return new Order(id, customers[Next(customers.Length)], (Region)Next(4), items);
        }
    }

    static async Task<Priced> PriceAsync(Order order, int worker)
    {
        await Task.Yield();
        decimal subtotal = 0;
        foreach (var (sku, qty) in order.Lines)
        {
            if (qty <= 0) throw new PricingException(order.Id, $"line {sku} has quantity {qty}");
            if (!Catalog.Prices.TryGetValue(sku, out var price)) throw new PricingException(order.Id, $"unknown sku '{sku}'");
            subtotal += price * qty;
        }
        decimal discount = subtotal switch { >= 500m => subtotal * 0.10m, >= 100m => subtotal * 0.05m, _ => 0m };
        discount = Math.Round(discount, 2, MidpointRounding.AwayFromZero);
        decimal tax = Math.Round((subtotal - discount) * Catalog.TaxRate(order.Region), 2, MidpointRounding.ToEven);
        return new Priced(order.Id, order.Customer, order.Region, subtotal, discount, tax, worker);
    }

    static async Task<int> Worker(int id, ChannelReader<Order> intake, ChannelWriter<Priced> done, ChannelWriter<Rejected> dead)
    {
        int handled = 0;
        await foreach (var order in intake.ReadAllAsync())
        {
            try
            {
                await done.WriteAsync(await PriceAsync(order, id));
            }
            catch (PricingException e) when (e.OrderId == order.Id)
            {
                await dead.WriteAsync(new Rejected(order.Id, e.Message));
            }
            handled++;
        }
        return handled;
    }

    static async Task Main()
    {
        var intake = Channel.CreateBounded<Order>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = true });
        var priced = Channel.CreateUnbounded<Priced>();
        var dead = Channel.CreateUnbounded<Rejected>(new UnboundedChannelOptions { SingleReader = true });

        var workers = Enumerable.Range(1, 3).Select(i => Worker(i, intake.Reader, priced.Writer, dead.Writer)).ToArray();
        var aggregate = Task.Run(async () =>
        {
            var all = new List<Priced>();
            while (await priced.Reader.WaitToReadAsync())
                while (priced.Reader.TryRead(out var p)) all.Add(p);
            return all;
        });

        int produced = 0, fullWaits = 0;
        foreach (var order in MakeOrders(40))
        {
            if (!intake.Writer.TryWrite(order))
            {
                fullWaits++;
                await intake.Writer.WriteAsync(order);
            }
            produced++;
        }
        intake.Writer.Complete();
        int[] perWorker = await Task.WhenAll(workers);
        priced.Writer.Complete();
        dead.Writer.Complete();
        var results = (await aggregate).OrderBy(p => p.OrderId).ToList();
        await intake.Reader.Completion;

        Console.WriteLine($"produced {produced}, handled {perWorker.Sum()} by {perWorker.Length} workers, back-pressure hit: {fullWaits > 0}, intake completed: {intake.Reader.Completion.IsCompletedSuccessfully}");
        Console.WriteLine($"{"id",3} {"customer",-9}{"region",-6}{"subtotal",10}{"disc",8}{"tax",8}{"total",10}");
        foreach (var p in results)
            Console.WriteLine($"{p.OrderId,3} {p.Customer,-9}{p.Region,-6}{p.Subtotal,10:N2}{p.Discount,8:N2}{p.Tax,8:N2}{p.Total,10:N2}");

        var rejects = new List<Rejected>();
        await foreach (var r in dead.Reader.ReadAllAsync()) rejects.Add(r);
        Console.WriteLine($"rejected {rejects.Count}:");
        foreach (var r in rejects.OrderBy(r => r.OrderId)) Console.WriteLine($"  #{r.OrderId}: {r.Reason}");
        Console.WriteLine($"accounted for: {results.Count + rejects.Count == produced}");

        var byCustomer =
            from p in results
            group p by p.Customer into g
            orderby g.Sum(p => p.Total) descending
            select $"{g.Key}: {g.Count()} orders, {g.Sum(p => p.Total):C}";
        Console.WriteLine(string.Join("\n", byCustomer));
        Console.WriteLine($"tax by region: {string.Join(", ", results.GroupBy(p => p.Region).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Sum(p => p.Tax)}"))}");

        // Closed channels.
        Console.WriteLine($"write after complete: {intake.Writer.TryWrite(null!)}, complete again: {intake.Writer.TryComplete()}");
        try { await priced.Reader.ReadAsync(); }
        catch (ChannelClosedException e) { Console.WriteLine($"read from drained channel: {e.Message}"); }
        try { intake.Writer.Complete(); }
        catch (ChannelClosedException e) { Console.WriteLine($"Complete twice: {e.GetType().Name}"); }
        Console.WriteLine($"wait to read on drained: {await dead.Reader.WaitToReadAsync()}");

        // Completing with an error propagates to readers and to Completion.
        var failing = Channel.CreateUnbounded<int>();
        failing.Writer.TryWrite(1);
        failing.Writer.Complete(new InvalidOperationException("upstream broke"));
        Console.WriteLine($"still readable: {failing.Reader.TryRead(out int one)} {one}");
        try { await failing.Reader.ReadAsync(); }
        catch (ChannelClosedException e) { Console.WriteLine($"closed: {e.Message} <- {e.InnerException?.Message}"); }
        try { await failing.Reader.WaitToReadAsync(); }
        catch (InvalidOperationException e) { Console.WriteLine($"wait: {e.GetType().Name}: {e.Message}"); }
        try { await failing.Reader.Completion; }
        catch (InvalidOperationException e) { Console.WriteLine($"completion: {e.Message}, faulted {failing.Reader.Completion.IsFaulted}"); }

        // Cancelling a blocked read.
        var idle = Channel.CreateUnbounded<string>();
        using (var cts = new CancellationTokenSource())
        {
            var pending = idle.Reader.ReadAsync(cts.Token).AsTask();
            Console.WriteLine($"pending read completed: {pending.IsCompleted}");
            cts.Cancel();
            try { await pending; }
            catch (OperationCanceledException e) { Console.WriteLine($"cancelled read: {e.GetType().Name}, status {pending.Status}"); }
        }
        var handoff = idle.Reader.ReadAsync();
        idle.Writer.TryWrite("direct");
        Console.WriteLine($"handed to waiting reader: {await handoff}, left in channel: {idle.Reader.Count}");

        // Drop policies, single-threaded and deterministic.
        foreach (var mode in new[] { BoundedChannelFullMode.DropOldest, BoundedChannelFullMode.DropNewest, BoundedChannelFullMode.DropWrite, BoundedChannelFullMode.Wait })
        {
            var dropped = new List<int>();
            var ch = Channel.CreateBounded<int>(new BoundedChannelOptions(3) { FullMode = mode }, dropped.Add);
            var accepted = Enumerable.Range(1, 6).Select(i => ch.Writer.TryWrite(i)).ToArray();
            ch.Writer.TryPeek(out _);
            ch.Reader.TryPeek(out int head);
            var kept = new List<int>();
            while (ch.Reader.TryRead(out int v)) kept.Add(v);
            Console.WriteLine($"{mode,-10} accepted [{string.Join(",", accepted.Select(a => a ? 1 : 0))}] kept [{string.Join(",", kept)}] dropped [{string.Join(",", dropped)}] head {head}");
        }

        // A writer blocked on a full channel resumes when a slot frees up.
        var tight = Channel.CreateBounded<int>(1);
        await tight.Writer.WriteAsync(10);
        var blocked = tight.Writer.WriteAsync(20).AsTask();
        var canWrite = tight.Writer.WaitToWriteAsync().AsTask();
        Console.WriteLine($"blocked: {!blocked.IsCompleted}, wait-to-write pending: {!canWrite.IsCompleted}");
        Console.WriteLine($"read {await tight.Reader.ReadAsync()}, then {await tight.Reader.ReadAsync()}");
        await blocked;
        Console.WriteLine($"writer resumed: {blocked.IsCompletedSuccessfully}, can write: {await canWrite}");
        // Capacity 0 is a rendezvous (.NET 10): a write completes only when a reader takes it.
        var rendezvous = Channel.CreateBounded<string>(0);
        Console.WriteLine($"rendezvous: TryWrite with no reader {rendezvous.Writer.TryWrite("lost")}, count {rendezvous.Reader.Count}");
        var handshake = rendezvous.Writer.WriteAsync("hello").AsTask();
        Console.WriteLine($"  writer waiting: {!handshake.IsCompleted}, reader sees data: {await rendezvous.Reader.WaitToReadAsync()}, peek {rendezvous.Reader.TryPeek(out var peeked)} {peeked}");
        Console.WriteLine($"  read {(rendezvous.Reader.TryRead(out var got) ? got : "-")}, writer released: {await Task.WhenAny(handshake, Task.Delay(1000)) == handshake}");
        var reader = rendezvous.Reader.ReadAsync().AsTask();
        Console.WriteLine($"  TryWrite to waiting reader {rendezvous.Writer.TryWrite("world")}: {await reader}");
        try { Channel.CreateBounded<int>(-1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine($"capacity -1: {e.ParamName}"); }
    }
}

static class WriterExtensions
{
    // Channel writers cannot peek; this keeps the drop-policy loop above symmetric.
    public static bool TryPeek<T>(this ChannelWriter<T> _, out T value) { value = default!; return false; }
}
