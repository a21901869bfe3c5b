// How often LINQ runs selectors and predicates (they may have side effects, so this is
// observable): over arrays, lists, other ILists, iterators, Range, Repeat, OrderBy, Skip, Concat
// and Append, for the element, counting, partitioning and conversion operators.
using System;
using System.Collections.Generic;
using System.Linq;
class Program
{
    static int s, p;
    static int S(int x) { s++; return x; }
    static bool W(int x) { p++; return x % 2 == 0; }
    static IEnumerable<int> G() { for (int i = 0; i < 6; i++) yield return i; }
    static void R(string l, Func<object> f) { s = p = 0; object r; try { r = f(); } catch (Exception e) { r = e.GetType().Name; } Console.WriteLine(l + " = " + r + " sel=" + s + " pred=" + p); }
    static int Main()
    {
        var arr = new[] { 0, 1, 2, 3, 4, 5 }; var list = arr.ToList(); IList<int> il = new System.Collections.ObjectModel.Collection<int>(list);
        foreach (var (name, src) in new (string, IEnumerable<int>)[] { ("arr", arr), ("list", list), ("ilist", il), ("gen", G()), ("range", Enumerable.Range(0, 6)), ("repeat", Enumerable.Repeat(2, 6)), ("order", arr.OrderBy(x => x)), ("skip", arr.Skip(1)), ("concat", arr.Concat(arr)), ("append", list.Append(9)) })
        {
            R(name + " Select.Count", () => src.Select(S).Count());
            R(name + " Select.Any", () => src.Select(S).Any());
            R(name + " Select.First", () => src.Select(S).First());
            R(name + " Select.Last", () => src.Select(S).Last());
            R(name + " Select.ElementAt", () => src.Select(S).ElementAt(2));
            R(name + " Select.Skip.First", () => src.Select(S).Skip(2).First());
            R(name + " Select.Take.Last", () => src.Select(S).Take(3).Last());
            R(name + " Select.Skip.Take.Count", () => src.Select(S).Skip(1).Take(3).Count());
            R(name + " Select.Skip.Take.ToList", () => src.Select(S).Skip(1).Take(3).ToList().Count);
            R(name + " Where.Count", () => src.Where(W).Count());
            R(name + " Where.Any", () => src.Where(W).Any());
            R(name + " Where.Last", () => src.Where(W).Last());
            R(name + " Where.Select.Last", () => src.Where(W).Select(S).Last());
            R(name + " Where.Select.Count", () => src.Where(W).Select(S).Count());
            R(name + " Where.Select.ElementAt", () => src.Where(W).Select(S).ElementAt(1));
            R(name + " Last(pred)", () => src.Last(W));
            R(name + " LastOrDefault(pred)", () => src.LastOrDefault(x => W(x) && x > 100));
            R(name + " Select.Select.Last", () => src.Select(S).Select(S).Last());
            R(name + " Select.Reverse.First", () => src.Select(S).Reverse().First());
            R(name + " Select.Order.First", () => src.Select(S).Order().First());
            R(name + " Select.TakeLast.First", () => src.Select(S).TakeLast(2).First());
            R(name + " Select.SkipLast.Count", () => src.Select(S).SkipLast(2).Count());
            R(name + " Select.Distinct.Count", () => src.Select(S).Distinct().Count());
            R(name + " Select.Append.Count", () => src.Select(S).Append(1).Count());
            R(name + " Select.Concat.Count", () => src.Select(S).Concat(src.Select(S)).Count());
            R(name + " Select.Concat.Last", () => src.Select(S).Concat(src.Select(S)).Last());
            R(name + " Select.TryGetNonEnum", () => src.Select(S).TryGetNonEnumeratedCount(out int c) + "" + c);
            R(name + " Select.Chunk.Count", () => src.Select(S).Chunk(4).Count());
            R(name + " Select.Index.Last", () => src.Select(S).Index().Last());
            R(name + " Select.DefaultIfEmpty.Count", () => src.Select(S).DefaultIfEmpty().Count());
            R(name + " Select.Cast.Last", () => src.Select(S).Cast<int>().Last());
            R(name + " Select.Zip.Last", () => src.Select(S).Zip(src).Last());
            R(name + " OrderBy(S).Last", () => src.OrderBy(S).Last());
            R(name + " OrderBy(S).ElementAt", () => src.OrderBy(S).ElementAt(3));
            R(name + " OrderBy.Select.Last", () => src.OrderBy(x => x).Select(S).Last());
            R(name + " OrderBy.Skip.Select.First", () => src.OrderBy(x => -x).Skip(1).Select(S).First());
            R(name + " Select.Contains", () => src.Select(S).Contains(3));
            R(name + " Select.ToArray", () => src.Select(S).ToArray().Length);
            R(name + " Select.Sum", () => src.Select(S).Sum());
            R(name + " Skip.Select.Last", () => src.Skip(1).Select(S).Last());
        }
        return 0;
    }
}
