using System.Collections.Generic;

namespace System.Linq
{
    // More standard operators: GroupBy with result selectors, nullable averages, Index/Range
    // overloads, three-way Zip, the *By set operators, CountBy/AggregateBy, LeftJoin/RightJoin.
    public static partial class Enumerable
    {
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(resultSelector, "resultSelector");
            return Select(GroupBy(source, keySelector, comparer), g => resultSelector(g.Key, g));
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector) =>
            GroupBy(source, keySelector, elementSelector, resultSelector, null);

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector"); Check(resultSelector, "resultSelector");
            return Select(GroupBy(source, keySelector, elementSelector, comparer), g => resultSelector(g.Key, g));
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) =>
            Lookup<TKey, TSource>.Create(source, keySelector, x => x, comparer);

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer) =>
            Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);

        // .NET 10: an array overload, so that array.Reverse() binds here rather than to the span one.
        public static IEnumerable<TSource> Reverse<TSource>(this TSource[] array)
        {
            Check(array, "array");
            return new ReverseIterator<TSource>(array);
        }

        // ---- nullable averages: nulls are skipped; no values gives null

        public static double? Average(this IEnumerable<int?> source)
        {
            Check(source, "source");
            long sum = 0, n = 0;
            foreach (int? v in source) if (v.HasValue) { checked { sum += v.GetValueOrDefault(); } n++; }
            return n == 0 ? null : (double)sum / n;
        }

        public static double? Average(this IEnumerable<long?> source)
        {
            Check(source, "source");
            long sum = 0, n = 0;
            foreach (long? v in source) if (v.HasValue) { checked { sum += v.GetValueOrDefault(); } n++; }
            return n == 0 ? null : (double)sum / n;
        }

        public static float? Average(this IEnumerable<float?> source)
        {
            Check(source, "source");
            double sum = 0; long n = 0;
            foreach (float? v in source) if (v.HasValue) { sum += v.GetValueOrDefault(); n++; }
            return n == 0 ? null : (float)(sum / n);
        }

        public static double? Average(this IEnumerable<double?> source)
        {
            Check(source, "source");
            double sum = 0; long n = 0;
            foreach (double? v in source) if (v.HasValue) { sum += v.GetValueOrDefault(); n++; }
            return n == 0 ? null : sum / n;
        }

        public static decimal? Average(this IEnumerable<decimal?> source)
        {
            Check(source, "source");
            decimal sum = 0; long n = 0;
            foreach (decimal? v in source) if (v.HasValue) { sum += v.GetValueOrDefault(); n++; }
            return n == 0 ? null : sum / n;
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) => Average(Select(source, selector));
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) => Average(Select(source, selector));
        public static float? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) => Average(Select(source, selector));
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) => Average(Select(source, selector));
        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) => Average(Select(source, selector));

        public static int? Min(this IEnumerable<int?> source) => Min<int?>(source);
        public static int? Max(this IEnumerable<int?> source) => Max<int?>(source);
        public static long? Min(this IEnumerable<long?> source) => Min<long?>(source);
        public static long? Max(this IEnumerable<long?> source) => Max<long?>(source);
        public static double? Min(this IEnumerable<double?> source) => Min<double?>(source);
        public static double? Max(this IEnumerable<double?> source) => Max<double?>(source);
        public static float? Min(this IEnumerable<float?> source) => Min<float?>(source);
        public static float? Max(this IEnumerable<float?> source) => Max<float?>(source);
        public static decimal? Min(this IEnumerable<decimal?> source) => Min<decimal?>(source);
        public static decimal? Max(this IEnumerable<decimal?> source) => Max<decimal?>(source);
        public static int? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) => Min(Select(source, selector));
        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) => Max(Select(source, selector));
        public static long? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) => Min(Select(source, selector));
        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) => Max(Select(source, selector));
        public static double? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) => Min(Select(source, selector));
        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) => Max(Select(source, selector));
        public static float? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) => Min(Select(source, selector));
        public static float? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) => Max(Select(source, selector));
        public static decimal? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) => Min(Select(source, selector));
        public static decimal? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) => Max(Select(source, selector));

        // ---- Index and Range

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, Index index)
        {
            Check(source, "source");
            if (!index.IsFromEnd) return ElementAt(source, index.Value);
            var list = new List<TSource>(source);
            int i = list.Count - index.Value;
            if (i < 0 || i >= list.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return list[i];
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, Index index)
        {
            Check(source, "source");
            if (!index.IsFromEnd) return ElementAtOrDefault(source, index.Value);
            var list = new List<TSource>(source);
            int i = list.Count - index.Value;
            return i < 0 || i >= list.Count ? default : list[i];
        }

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, Range range)
        {
            Check(source, "source");
            return TakeRangeIterator(source, range);
        }

        private static IEnumerable<TSource> TakeRangeIterator<TSource>(IEnumerable<TSource> source, Range range)
        {
            Index s = range.Start, e = range.End;
            if (!s.IsFromEnd && !e.IsFromEnd)
            {
                int start = s.Value, end = e.Value, i = 0;
                if (start >= end) yield break;
                foreach (TSource item in source)
                {
                    if (i >= end) yield break;
                    if (i >= start) yield return item;
                    i++;
                }
                yield break;
            }
            var list = new List<TSource>(source);
            int n = list.Count;
            int a = s.IsFromEnd ? n - s.Value : s.Value, b = e.IsFromEnd ? n - e.Value : e.Value;
            if (a < 0) a = 0;
            if (b > n) b = n;
            for (int k = a; k < b; k++) yield return list[k];
        }

        // ---- Zip of three

        public static IEnumerable<(TFirst First, TSecond Second, TThird Third)> Zip<TFirst, TSecond, TThird>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
        {
            Check(first, "first"); Check(second, "second"); Check(third, "third");
            return Zip3Iterator(first, second, third);
        }

        private static IEnumerable<(TFirst, TSecond, TThird)> Zip3Iterator<TFirst, TSecond, TThird>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
        {
            using IEnumerator<TFirst> e1 = first.GetEnumerator();
            using IEnumerator<TSecond> e2 = second.GetEnumerator();
            using IEnumerator<TThird> e3 = third.GetEnumerator();
            while (e1.MoveNext() && e2.MoveNext() && e3.MoveNext()) yield return (e1.Current, e2.Current, e3.Current);
        }

        // ---- *By set operators

        public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector) => UnionBy(first, second, keySelector, null);

        public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(first, "first"); Check(second, "second"); Check(keySelector, "keySelector");
            return UnionByIterator(first, second, keySelector, comparer);
        }

        private static IEnumerable<TSource> UnionByIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            var seen = new HashSet<TKey>(comparer);
            foreach (TSource item in first) if (seen.Add(keySelector(item))) yield return item;
            foreach (TSource item in second) if (seen.Add(keySelector(item))) yield return item;
        }

        public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector) => ExceptBy(first, second, keySelector, null);

        public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(first, "first"); Check(second, "second"); Check(keySelector, "keySelector");
            return ExceptByIterator(first, second, keySelector, comparer);
        }

        private static IEnumerable<TSource> ExceptByIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            var seen = new HashSet<TKey>(second, comparer);
            foreach (TSource item in first) if (seen.Add(keySelector(item))) yield return item;
        }

        public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector) => IntersectBy(first, second, keySelector, null);

        public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(first, "first"); Check(second, "second"); Check(keySelector, "keySelector");
            return IntersectByIterator(first, second, keySelector, comparer);
        }

        private static IEnumerable<TSource> IntersectByIterator<TSource, TKey>(IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            var keys = new HashSet<TKey>(second, comparer);
            foreach (TSource item in first) if (keys.Remove(keySelector(item))) yield return item;
        }

        // ---- CountBy / AggregateBy: one pair per key, in order of first appearance

        public static IEnumerable<KeyValuePair<TKey, int>> CountBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            return CountByIterator(source, keySelector, keyComparer);
        }

        private static IEnumerable<KeyValuePair<TKey, int>> CountByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer)
        {
            var counts = new Dictionary<TKey, int>(keyComparer);
            foreach (TSource item in source)
            {
                TKey k = keySelector(item);
                counts[k] = counts.TryGetValue(k, out int c) ? c + 1 : 1;
            }
            foreach (KeyValuePair<TKey, int> kv in counts) yield return kv;
        }

        public static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(func, "func");
            return AggregateByIterator(source, keySelector, _ => seed, func, keyComparer);
        }

        public static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, TAccumulate> seedSelector, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(seedSelector, "seedSelector"); Check(func, "func");
            return AggregateByIterator(source, keySelector, seedSelector, func, keyComparer);
        }

        private static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateByIterator<TSource, TKey, TAccumulate>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, TAccumulate> seedSelector, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer)
        {
            var acc = new Dictionary<TKey, TAccumulate>(keyComparer);
            foreach (TSource item in source)
            {
                TKey k = keySelector(item);
                TAccumulate a = acc.TryGetValue(k, out TAccumulate cur) ? cur : seedSelector(k);
                acc[k] = func(a, item);
            }
            foreach (KeyValuePair<TKey, TAccumulate> kv in acc) yield return kv;
        }

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<(TKey Key, TValue Value)> source) => ToDictionary(source, null);

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<(TKey Key, TValue Value)> source, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            var d = new Dictionary<TKey, TValue>(comparer);
            foreach (var (k, v) in source) d.Add(k, v);
            return d;
        }

        // .NET 10: the elements in a random order (Random.Shared), evaluated when enumerated.
        public static IEnumerable<TSource> Shuffle<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ShuffleIterator(source);
        }

        private static IEnumerable<TSource> ShuffleIterator<TSource>(IEnumerable<TSource> source)
        {
            TSource[] items = ToArray(source);
            Random.Shared.Shuffle(items);
            foreach (TSource item in items) yield return item;
        }

        // ---- numeric sequences (.NET 10)

        public static IEnumerable<T> Sequence<T>(T start, T endInclusive, T step) where T : System.Numerics.INumberBase<T>
        {
            if (T.IsZero(step))
            {
                if (start != endInclusive) throw new ArgumentOutOfRangeException("step");
                return Repeat(start, 1);
            }
            if (T.IsPositive(step) ? Compare(endInclusive, start) < 0 : Compare(endInclusive, start) > 0)
                throw new ArgumentOutOfRangeException("endInclusive");
            return SequenceIterator(start, endInclusive, step);
        }

        private static int Compare<T>(T a, T b) where T : System.Numerics.INumberBase<T> =>
            a == b ? 0 : System.Collections.Generic.Comparer<T>.Default.Compare(a, b);

        private static IEnumerable<T> SequenceIterator<T>(T start, T endInclusive, T step) where T : System.Numerics.INumberBase<T>
        {
            bool up = T.IsPositive(step);
            T current = start;
            while (true)
            {
                yield return current;
                T next = current + step;
                if (up ? Compare(next, current) <= 0 || Compare(next, endInclusive) > 0 : Compare(next, current) >= 0 || Compare(next, endInclusive) < 0) yield break;
                current = next;
            }
        }

        public static IEnumerable<T> InfiniteSequence<T>(T start, T step) where T : System.Numerics.IAdditionOperators<T, T, T>
        {
            T current = start;
            while (true)
            {
                yield return current;
                current += step;
            }
        }

        // ---- outer joins (.NET 10)

        public static IEnumerable<TResult> LeftJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector) =>
            LeftJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);

        public static IEnumerable<TResult> LeftJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return LeftJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> LeftJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            ILookup<TKey, TInner> lookup = ToLookup(inner, innerKeySelector, comparer);
            foreach (TOuter o in outer)
            {
                TKey k = outerKeySelector(o);
                bool any = false;
                if (k != null)
                    foreach (TInner i in lookup[k]) { any = true; yield return resultSelector(o, i); }
                if (!any) yield return resultSelector(o, default);
            }
        }

        public static IEnumerable<TResult> RightJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector) =>
            RightJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);

        public static IEnumerable<TResult> RightJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return RightJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> RightJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            ILookup<TKey, TOuter> lookup = ToLookup(outer, outerKeySelector, comparer);
            foreach (TInner i in inner)
            {
                TKey k = innerKeySelector(i);
                bool any = false;
                if (k != null)
                    foreach (TOuter o in lookup[k]) { any = true; yield return resultSelector(o, i); }
                if (!any) yield return resultSelector(default, i);
            }
        }
    }
}
