// A complete program: a warehouse inventory — products as classes with IComparable, stock
// changes announced through events and custom delegates, reorder planning with a
// PriorityQueue, a SortedDictionary of bins, lazy price lists, IDisposable scopes that batch
// notifications, interfaces with default methods, and an audit trail.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

enum Category { Hardware, Electrical, Plumbing, Garden }

interface IPriced
{
    decimal UnitPrice { get; }
    int Quantity { get; }
    decimal Value => UnitPrice * Quantity;
    string PriceTag() => $"{UnitPrice:0.00}/unit";
}

sealed class Product(string sku, string name, Category category, decimal price, int reorderLevel)
    : IPriced, IComparable<Product>, IEquatable<Product>
{
    public string Sku { get; } = sku;
    public string Name { get; } = name;
    public Category Category { get; } = category;
    public decimal UnitPrice { get; set; } = price;
    public int Quantity { get; internal set; }
    public int ReorderLevel { get; } = reorderLevel;
    public int CompareTo(Product? other) => other is null ? 1 : string.CompareOrdinal(Sku, other.Sku);
    public bool Equals(Product? other) => other is not null && other.Sku == Sku;
    public override bool Equals(object? obj) => Equals(obj as Product);
    public override int GetHashCode() => Sku.GetHashCode();
    public override string ToString() => $"{Sku} {Name}";
}

readonly record struct StockChange(Product Product, int Before, int After, string Reason)
{
    public int Delta => After - Before;
}

delegate void StockChangedHandler(object sender, StockChange change);
delegate bool StockValidator(Product p, int newQuantity, out string? why);

sealed class Warehouse
{
    private readonly Dictionary<string, Product> _products = new();
    private readonly SortedDictionary<string, List<Product>> _bins = new(StringComparer.Ordinal);
    private readonly List<StockChange> _pending = new();
    private int _batchDepth;
    private readonly Lazy<IReadOnlyDictionary<Category, decimal>> _valueByCategory;
    private int _lazyBuilds;

    public event StockChangedHandler? StockChanged;
    public event Action<IReadOnlyList<StockChange>>? BatchCommitted;
    public StockValidator? Validator { get; set; }

    public Warehouse()
    {
        _valueByCategory = new Lazy<IReadOnlyDictionary<Category, decimal>>(() =>
        {
            _lazyBuilds++;
            return _products.Values.GroupBy(p => p.Category).OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Sum(p => ((IPriced)p).Value));
        });
    }

    public int LazyBuilds => _lazyBuilds;
    public IReadOnlyDictionary<Category, decimal> ValueByCategory => _valueByCategory.Value;

    public void Add(Product p, string bin)
    {
        _products.Add(p.Sku, p);
        if (!_bins.TryGetValue(bin, out var list)) _bins[bin] = list = new List<Product>();
        list.Add(p);
    }

    public Product Find(string sku) => _products[sku];

    public void Adjust(string sku, int delta, string reason)
    {
        var p = _products[sku];
        int after = checked(p.Quantity + delta);
        if (after < 0) throw new InvalidOperationException($"{p}: cannot remove {-delta}, only {p.Quantity} in stock");
        if (Validator is { } v)
        {
            foreach (StockValidator single in v.GetInvocationList().Cast<StockValidator>())
                if (!single(p, after, out var why)) throw new InvalidOperationException($"{p}: rejected ({why})");
        }
        var change = new StockChange(p, p.Quantity, after, reason);
        p.Quantity = after;
        if (_batchDepth > 0) _pending.Add(change);
        else StockChanged?.Invoke(this, change);
    }

    public IDisposable Batch() => new BatchScope(this);

    private sealed class BatchScope : IDisposable
    {
        private Warehouse? _owner;
        public BatchScope(Warehouse owner) { _owner = owner; owner._batchDepth++; }
        public void Dispose()
        {
            if (_owner is not { } w) return;
            _owner = null;
            if (--w._batchDepth == 0 && w._pending.Count > 0)
            {
                var changes = w._pending.ToArray();
                w._pending.Clear();
                w.BatchCommitted?.Invoke(changes);
            }
        }
    }

    public IEnumerable<(string Bin, Product Product)> ByBin()
    {
        foreach (var (bin, list) in _bins)
            foreach (var p in list.Order())
                yield return (bin, p);
    }

    public List<(Product Product, int Order)> ReorderPlan(int budgetUnits)
    {
        // Most urgent first: the larger the shortfall relative to the reorder level.
        var queue = new PriorityQueue<Product, (double Urgency, string Sku)>(
            Comparer<(double Urgency, string Sku)>.Create((a, b) =>
                a.Urgency != b.Urgency ? b.Urgency.CompareTo(a.Urgency) : string.CompareOrdinal(a.Sku, b.Sku)));
        foreach (var p in _products.Values.Where(p => p.Quantity < p.ReorderLevel))
            queue.Enqueue(p, ((double)(p.ReorderLevel - p.Quantity) / p.ReorderLevel, p.Sku));
        var plan = new List<(Product, int)>();
        while (budgetUnits > 0 && queue.TryDequeue(out var p, out var pr))
        {
            int want = p.ReorderLevel * 2 - p.Quantity;
            int take = Math.Min(want, budgetUnits);
            budgetUnits -= take;
            plan.Add((p, take));
            Console.WriteLine($"    plan {p.Sku} urgency {pr.Urgency:P0} -> order {take}");
        }
        return plan;
    }
}

static class Program
{
    static void Main()
    {
        var w = new Warehouse();
        var audit = new List<string>();
        int events = 0;
        w.StockChanged += (s, c) => { events++; audit.Add($"{c.Product.Sku}:{c.Delta:+0;-0}({c.Reason})"); };
        w.StockChanged += OnLowStock;
        w.BatchCommitted += changes =>
        {
            Console.WriteLine($"  batch of {changes.Count}: net {changes.Sum(c => c.Delta):+0;-0;0}, skus {string.Join(",", changes.Select(c => c.Product.Sku).Distinct())}");
            foreach (var c in changes) audit.Add($"{c.Product.Sku}:{c.Delta:+0;-0}[batch]");
        };

        w.Add(new Product("H-100", "Hammer", Category.Hardware, 12.99m, 10), "A1");
        w.Add(new Product("H-220", "Screwdriver set", Category.Hardware, 24.50m, 5), "A1");
        w.Add(new Product("E-010", "Extension cord", Category.Electrical, 8.75m, 20), "B2");
        w.Add(new Product("E-042", "LED bulb", Category.Electrical, 3.20m, 100), "B2");
        w.Add(new Product("P-007", "Pipe wrench", Category.Plumbing, 31.00m, 4), "C3");
        w.Add(new Product("G-300", "Trowel", Category.Garden, 6.40m, 15), "A0");
        try { w.Add(new Product("H-100", "Dup", Category.Hardware, 1m, 1), "Z9"); }
        catch (ArgumentException e) { Console.WriteLine($"duplicate: {e.GetType().Name}"); }

        Console.WriteLine("Receiving:");
        using (w.Batch())
        {
            w.Adjust("H-100", 25, "delivery");
            w.Adjust("E-042", 150, "delivery");
            using (w.Batch()) w.Adjust("E-010", 30, "delivery");
            w.Adjust("G-300", 12, "delivery");
        }
        w.Adjust("P-007", 6, "delivery");
        w.Adjust("H-220", 4, "delivery");

        Console.WriteLine("Selling:");
        w.Validator = NoBulbHoarding;
        w.Validator += (Product p, int q, out string? why) => { why = q > 1000 ? "too many" : null; return why is null; };
        string[] sales = ["H-100:3", "E-042:60", "E-042:95", "P-007:5", "G-300:20", "X-999:1", "H-220:4", "E-010:12"];
        foreach (var sale in sales)
        {
            var parts = sale.Split(':');
            try
            {
                w.Adjust(parts[0], -int.Parse(parts[1]), "sale");
            }
            catch (KeyNotFoundException) { Console.WriteLine($"  unknown sku {parts[0]}"); }
            catch (InvalidOperationException e) when (e.Message.Contains("rejected"))
            {
                Console.WriteLine($"  validator: {e.Message}");
            }
            catch (InvalidOperationException e) { Console.WriteLine($"  refused: {e.Message}"); }
        }
        try { w.Adjust("E-042", int.MaxValue, "typo"); }
        catch (OverflowException e) { Console.WriteLine($"  overflow: {e.Message}"); }

        Console.WriteLine("Stock by bin:");
        foreach (var group in w.ByBin().GroupBy(x => x.Bin))
        {
            Console.WriteLine($"  [{group.Key}]");
            foreach (var (_, p) in group)
            {
                IPriced priced = p;
                Console.WriteLine($"    {p.Sku,-6} {p.Name,-16} {p.Quantity,5} @ {priced.PriceTag(),-12} = {priced.Value,9:N2}{(p.Quantity < p.ReorderLevel ? "  LOW" : "")}");
            }
        }

        Console.WriteLine($"Value by category (built {w.LazyBuilds}x before):");
        foreach (var (cat, value) in w.ValueByCategory) Console.WriteLine($"  {cat,-10} {value,10:C2}");
        _ = w.ValueByCategory;
        Console.WriteLine($"  lazy built {w.LazyBuilds}x");

        Console.WriteLine("Reorder plan (budget 60 units):");
        var plan = w.ReorderPlan(60);
        decimal cost = plan.Sum(x => x.Order * x.Product.UnitPrice * 0.6m);
        Console.WriteLine($"  {plan.Count} lines, wholesale cost {cost:N2}");

        Console.WriteLine($"Audit ({events} events): {string.Join(" ", audit)}");
        var products = new[] { "H-220", "E-042", "H-100" }.Select(w.Find).ToList();
        products.Sort();
        Console.WriteLine(string.Join(" | ", products));
        var set = new HashSet<Product>(products) { w.Find("H-100") };
        Console.WriteLine($"set {set.Count}, contains E-042 {set.Contains(w.Find("E-042"))}");
        StockChangedHandler? h = null;
        h += OnLowStock;
        h -= OnLowStock;
        Console.WriteLine($"empty handler is null: {h is null}");
    }

    static void OnLowStock(object sender, StockChange c)
    {
        if (c.After < c.Product.ReorderLevel && c.Before >= c.Product.ReorderLevel)
            Console.WriteLine($"  LOW STOCK {c.Product} now {c.After} (level {c.Product.ReorderLevel}) from {sender.GetType().Name}");
    }

    static bool NoBulbHoarding(Product p, int newQuantity, out string? why)
    {
        why = p.Sku == "E-042" && newQuantity < 10 ? $"would leave {newQuantity} bulbs" : null;
        return why is null;
    }
}
