// LINQ to Objects, the common operators. Deferred operators are iterators; OrderBy is stable.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }

    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    public static partial class Enumerable
    {
        private static void Check(object o, string name)
        {
            if (o == null) throw new ArgumentNullException(name);
        }

        private static InvalidOperationException NoElements() => new InvalidOperationException("Sequence contains no elements");
        private static InvalidOperationException NoMatch() => new InvalidOperationException("Sequence contains no matching element");
        private static InvalidOperationException MoreThanOne() => new InvalidOperationException("Sequence contains more than one element");
        private static InvalidOperationException MoreThanOneMatch() => new InvalidOperationException("Sequence contains more than one matching element");

        // ---- generation

        public static IEnumerable<int> Range(int start, int count)
        {
            long max = (long)start + count - 1;
            if (count < 0 || max > int.MaxValue) throw new ArgumentOutOfRangeException("count");
            return new RangeIterator(start, count);
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            return new RepeatIterator<TResult>(element, count);
        }

        public static IEnumerable<TResult> Empty<TResult>() => Array.Empty<TResult>();

        // ---- filtering and projection

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            if (source is ListWhereIterator<TSource> where) return where.Where(predicate);
            if (source is TSource[] || source is List<TSource>) return new ListWhereIterator<TSource>((IList<TSource>)source, predicate);
            return WhereIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (predicate(item)) yield return item;
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return WhereIndexIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int i = -1;
            foreach (TSource item in source) if (predicate(item, checked(++i))) yield return item;
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            if (source is Iterator<TSource> it) return it.Select(selector);
            if (source is IList<TSource> list) return new ListSelectIterator<TSource, TResult>(list, selector, 0, -1);
            return new EnumerableSelectIterator<TSource, TResult>(source, selector);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectIndexIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int i = -1;
            foreach (TSource item in source) yield return selector(item, checked(++i));
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectManyIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource item in source)
                foreach (TResult r in selector(item)) yield return r;
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
            Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source"); Check(collectionSelector, "collectionSelector"); Check(resultSelector, "resultSelector");
            return SelectManyIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource item in source)
                foreach (TCollection c in collectionSelector(item)) yield return resultSelector(item, c);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectManyIndexIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            int i = -1;
            foreach (TSource item in source)
                foreach (TResult r in selector(item, checked(++i))) yield return r;
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source"); Check(collectionSelector, "collectionSelector"); Check(resultSelector, "resultSelector");
            return SelectManyIndexIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIndexIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int i = -1;
            foreach (TSource item in source)
                foreach (TCollection c in collectionSelector(item, checked(++i))) yield return resultSelector(item, c);
        }

        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
        {
            Check(source, "source");
            if (source is IEnumerable<TResult> typed) return typed;
            return CastIterator<TResult>(source);
        }

        private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
        {
            foreach (object o in source) yield return (TResult)o;
        }

        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
        {
            Check(source, "source");
            return OfTypeIterator<TResult>(source);
        }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
        {
            foreach (object o in source) if (o is TResult r) yield return r;
        }

        // ---- partitioning

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            if (count <= 0) return Empty<TSource>();
            if (source is Iterator<TSource> it) return it.Take(count);
            if (source is IList<TSource> list) return count <= 0 ? Empty<TSource>() : new ListWindowIterator<TSource>(list, 0, count - 1);
            return new EnumerableSkipTakeIterator<TSource>(source, 0, count - 1);
        }

        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            if (count < 0) count = 0;
            if (source is Iterator<TSource> it) return it.Skip(count);
            if (source is IList<TSource> list) return new ListWindowIterator<TSource>(list, count < 0 ? 0 : count, -1);
            return new EnumerableSkipTakeIterator<TSource>(source, count, -1);
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return TakeWhileIndexIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int i = -1;
            foreach (TSource item in source)
            {
                if (!predicate(item, checked(++i))) break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return SkipWhileIndexIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int i = -1;
            bool yielding = false;
            foreach (TSource item in source)
            {
                if (!yielding && !predicate(item, checked(++i))) yielding = true;
                if (yielding) yield return item;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return TakeWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
            {
                if (!predicate(item)) break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return SkipWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool yielding = false;
            foreach (TSource item in source)
            {
                if (!yielding && !predicate(item)) yielding = true;
                if (yielding) yield return item;
            }
        }

        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return count <= 0 ? Empty<TSource>() : FromEndIterator(source, count, true);
        }

        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return count <= 0 ? Skip(source, 0) : FromEndIterator(source, count, false);
        }

        // The last count elements (take) or all but them (skip). The source's size is asked for
        // when enumeration starts, not before (it may change); when it is known cheaply the
        // elements come from Skip/Take, so a selector upstream runs only on those returned.
        private static IEnumerable<TSource> FromEndIterator<TSource>(IEnumerable<TSource> source, int count, bool take)
        {
            if (IteratorHelpers.TryGetCount(source, out int n))
            {
                int start = take ? Math.Max(0, n - count) : 0;
                int end = take ? n : n - count;
                if (start < end)
                    foreach (TSource item in Take(Skip(source, start), end - start)) yield return item;
                yield break;
            }
            Queue<TSource> queue = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (!take && queue.Count == count) yield return queue.Dequeue();
                queue.Enqueue(item);
                if (take && queue.Count > count) queue.Dequeue();
            }
            if (take) while (queue.Count > 0) yield return queue.Dequeue();
        }

        public static IEnumerable<TSource[]> Chunk<TSource>(this IEnumerable<TSource> source, int size)
        {
            Check(source, "source");
            if (size < 1) throw new ArgumentOutOfRangeException("size");
            return ChunkIterator(source, size);
        }

        private static IEnumerable<TSource[]> ChunkIterator<TSource>(IEnumerable<TSource> source, int size)
        {
            List<TSource> chunk = new List<TSource>(size);
            foreach (TSource item in source)
            {
                chunk.Add(item);
                if (chunk.Count == size) { yield return chunk.ToArray(); chunk.Clear(); }
            }
            if (chunk.Count > 0) yield return chunk.ToArray();
        }

        // ---- concatenation and sets

        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            Check(first, "first"); Check(second, "second");
            if (first is ConcatIterator<TSource> concat) return concat.Concat(second);
            return new ConcatIterator<TSource>(new[] { first, second });
        }

        private static IEnumerable<TSource> ConcatSequences<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            foreach (TSource item in first) yield return item;
            foreach (TSource item in second) yield return item;
        }

        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            if (source is AppendPrependIterator<TSource> ap) return ap.Append(element);
            return new AppendPrependIterator<TSource>(source, Array.Empty<TSource>(), new[] { element });
        }

        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            if (source is AppendPrependIterator<TSource> ap) return ap.Prepend(element);
            return new AppendPrependIterator<TSource>(source, new[] { element }, Array.Empty<TSource>());
        }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source) => Distinct(source, null);

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            return DistinctIterator(source, comparer);
        }

        private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> seen = new HashSet<TSource>(comparer);
            foreach (TSource item in source) if (seen.Add(item)) yield return item;
        }

        public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => DistinctBy(source, keySelector, null);

        public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            return DistinctByIterator(source, keySelector, comparer);
        }

        private static IEnumerable<TSource> DistinctByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            HashSet<TKey> seen = new HashSet<TKey>(comparer);
            foreach (TSource item in source) if (seen.Add(keySelector(item))) yield return item;
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Union(first, second, null);

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            return DistinctIterator(ConcatSequences(first, second), comparer);
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Intersect(first, second, null);

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            return IntersectIterator(first, second, comparer);
        }

        private static IEnumerable<TSource> IntersectIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource item in first) if (set.Remove(item)) yield return item;
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Except(first, second, null);

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            return ExceptIterator(first, second, comparer);
        }

        private static IEnumerable<TSource> ExceptIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource item in first) if (set.Add(item)) yield return item;
        }

        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new ReverseIterator<TSource>(source);
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            Check(first, "first"); Check(second, "second"); Check(resultSelector, "resultSelector");
            return ZipIterator(first, second, resultSelector);
        }

        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            using IEnumerator<TFirst> e1 = first.GetEnumerator();
            using IEnumerator<TSecond> e2 = second.GetEnumerator();
            while (e1.MoveNext() && e2.MoveNext()) yield return resultSelector(e1.Current, e2.Current);
        }

        public static IEnumerable<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second) =>
            Zip(first, second, (a, b) => (a, b));

        public static IEnumerable<(int Index, TSource Item)> Index<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return source.Select((item, i) => (i, item));
        }

        // ---- ordering (stable)

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            new OrderedIterator<TSource, TKey>(source, keySelector, null, false, null);
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) =>
            new OrderedIterator<TSource, TKey>(source, keySelector, comparer, false, null);
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            new OrderedIterator<TSource, TKey>(source, keySelector, null, true, null);
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) =>
            new OrderedIterator<TSource, TKey>(source, keySelector, comparer, true, null);
        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => OrderBy(source, x => x);
        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) => OrderBy(source, x => x, comparer);
        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) => OrderByDescending(source, x => x);
        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source, IComparer<T> comparer) => OrderByDescending(source, x => x, comparer);

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable(keySelector, null, false);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable(keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable(keySelector, null, true);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable(keySelector, comparer, true);
        }

        // ---- grouping and joins

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            GroupBy(source, keySelector, x => x, null);
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) =>
            GroupBy(source, keySelector, x => x, comparer);
        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) =>
            GroupBy(source, keySelector, elementSelector, null);

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            foreach (Grouping<TKey, TElement> g in Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer).Groups) yield return g;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector) =>
            GroupBy(source, keySelector).Select(g => resultSelector(g.Key, g));

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            Lookup<TKey, TSource>.Create(source, keySelector, x => x, null);
        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) =>
            Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, null);

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        private static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, x => x, comparer);
            foreach (TOuter o in outer)
            {
                TKey k = outerKeySelector(o);
                if (k == null) continue;
                Grouping<TKey, TInner> g = lookup.Find(k);
                if (g != null) foreach (TInner i in g) yield return resultSelector(o, i);
            }
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            Check(outer, "outer"); Check(inner, "inner");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        private static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, x => x, comparer);
            foreach (TOuter o in outer)
            {
                TKey k = outerKeySelector(o);
                Grouping<TKey, TInner> g = k == null ? null : lookup.Find(k);
                yield return resultSelector(o, g != null ? (IEnumerable<TInner>)g : Empty<TInner>());
            }
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        // ---- conversion

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c)
            {
                TSource[] a = new TSource[c.Count];
                c.CopyTo(a, 0);
                return a;
            }
            if (source is Iterator<TSource> it) return it.ToArray();
            return new List<TSource>(source).ToArray();
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is Iterator<TSource> it) return it.ToList();
            return new List<TSource>(source);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source) => ToHashSet(source, null);

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            return new HashSet<TSource>(source, comparer);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) =>
            ToDictionary(source, keySelector, x => x, null);
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) =>
            ToDictionary(source, keySelector, x => x, comparer);
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) =>
            ToDictionary(source, keySelector, elementSelector, null);

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(comparer);
            foreach (TSource item in source) d.Add(keySelector(item), elementSelector(item));
            return d;
        }

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<KeyValuePair<TKey, TValue>> source) => ToDictionary(source, null);

        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<KeyValuePair<TKey, TValue>> source, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Dictionary<TKey, TValue> d = new Dictionary<TKey, TValue>(comparer);
            foreach (KeyValuePair<TKey, TValue> kv in source) d.Add(kv.Key, kv.Value);
            return d;
        }

        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) => source;

        // ---- element operators

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            TSource r = IteratorHelpers.TryGetFirst(source, out bool found);
            if (!found) throw NoElements();
            return r;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return item;
            throw NoMatch();
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source) => FirstOrDefault(source, default(TSource));

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            TSource r = IteratorHelpers.TryGetFirst(source, out bool found);
            return found ? r : defaultValue;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) => FirstOrDefault(source, predicate, default);

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return item;
            return defaultValue;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            TSource r = IteratorHelpers.TryGetLast(source, out bool found);
            if (!found) throw NoElements();
            return r;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            TSource r = TryGetLast(source, predicate, out bool found);
            if (!found) throw NoMatch();
            return r;
        }

        // A list is searched from its end, as .NET does (the predicate sees the elements in that
        // order); an ordering runs the key selectors only on the elements the predicate accepts.
        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source is OrderedIterator<TSource> ordered) return ordered.TryGetLast(predicate, out found);
            if (source is IList<TSource> list)
            {
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    TSource x = list[i];
                    if (predicate(x)) { found = true; return x; }
                }
                found = false;
                return default;
            }
            TSource last = default;
            found = false;
            foreach (TSource item in source) if (predicate(item)) { last = item; found = true; }
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source) => LastOrDefault(source, default(TSource));

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            TSource r = IteratorHelpers.TryGetLast(source, out bool found);
            return found ? r : defaultValue;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) => LastOrDefault(source, predicate, default);

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            Check(source, "source"); Check(predicate, "predicate");
            TSource r = TryGetLast(source, predicate, out bool found);
            return found ? r : defaultValue;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (!e.MoveNext()) throw NoElements();
            TSource r = e.Current;
            if (e.MoveNext()) throw MoreThanOne();
            return r;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            bool found = false;
            TSource r = default;
            foreach (TSource item in source)
            {
                if (!predicate(item)) continue;
                if (found) throw MoreThanOneMatch();
                r = item;
                found = true;
            }
            if (!found) throw NoMatch();
            return r;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source) => SingleOrDefault(source, default(TSource));

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (!e.MoveNext()) return defaultValue;
            TSource r = e.Current;
            if (e.MoveNext()) throw MoreThanOne();
            return r;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) => SingleOrDefault(source, predicate, default);

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            Check(source, "source"); Check(predicate, "predicate");
            bool found = false;
            TSource r = defaultValue;
            foreach (TSource item in source)
            {
                if (!predicate(item)) continue;
                if (found) throw MoreThanOneMatch();
                r = item;
                found = true;
            }
            return r;
        }

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            if (source is IList<TSource> list) return list[index];
            TSource r = IteratorHelpers.TryGetElementAt(source, index, out bool found);
            if (!found) throw new ArgumentOutOfRangeException("index");
            return r;
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            TSource r = IteratorHelpers.TryGetElementAt(source, index, out bool found);
            return found ? r : default;
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source) => DefaultIfEmpty(source, default);

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            return DefaultIfEmptyIterator(source, defaultValue);
        }

        private static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue)
        {
            bool any = false;
            foreach (TSource item in source) { any = true; yield return item; }
            if (!any) yield return defaultValue;
        }

        // ---- quantifiers

        // A cheap count answers; otherwise the first element is looked for as First would
        // (an iterator may find it without enumerating: Reverse asks its source for the last).
        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c) return c.Count != 0;
            if (source is Iterator<TSource> it)
            {
                int count = it.GetCount(true);
                if (count >= 0) return count != 0;
                it.TryGetFirst(out bool found);
                return found;
            }
            if (source is ICollection nc) return nc.Count != 0;
            using IEnumerator<TSource> e = source.GetEnumerator();
            return e.MoveNext();
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (!predicate(item)) return false;
            return true;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c) return c.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            comparer ??= EqualityComparer<TSource>.Default;
            foreach (TSource item in source) if (comparer.Equals(item, value)) return true;
            return false;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => SequenceEqual(first, second, null);

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            comparer ??= EqualityComparer<TSource>.Default;
            using IEnumerator<TSource> e1 = first.GetEnumerator();
            using IEnumerator<TSource> e2 = second.GetEnumerator();
            while (e1.MoveNext())
            {
                if (!e2.MoveNext() || !comparer.Equals(e1.Current, e2.Current)) return false;
            }
            return !e2.MoveNext();
        }

        // ---- aggregation

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c) return c.Count;
            if (source is Iterator<TSource> it) return it.GetCount(false);
            if (source is ICollection nc) return nc.Count;
            int n = 0;
            using IEnumerator<TSource> e = source.GetEnumerator();
            while (e.MoveNext()) checked { n++; }
            return n;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            int n = 0;
            foreach (TSource item in source) if (predicate(item)) checked { n++; }
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            long n = 0;
            using IEnumerator<TSource> e = source.GetEnumerator();
            while (e.MoveNext()) checked { n++; }
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            long n = 0;
            foreach (TSource item in source) if (predicate(item)) checked { n++; }
            return n;
        }

        public static bool TryGetNonEnumeratedCount<TSource>(this IEnumerable<TSource> source, out int count)
        {
            Check(source, "source");
            return IteratorHelpers.TryGetCount(source, out count);
        }

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            Check(source, "source"); Check(func, "func");
            using IEnumerator<TSource> e = source.GetEnumerator();
            if (!e.MoveNext()) throw NoElements();
            TSource acc = e.Current;
            while (e.MoveNext()) acc = func(acc, e.Current);
            return acc;
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            Check(source, "source"); Check(func, "func");
            TAccumulate acc = seed;
            foreach (TSource item in source) acc = func(acc, item);
            return acc;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            Check(resultSelector, "resultSelector");
            return resultSelector(Aggregate(source, seed, func));
        }

    }

    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly Dictionary<TKey, Grouping<TKey, TElement>> _map;
        private readonly List<Grouping<TKey, TElement>> _groups = new List<Grouping<TKey, TElement>>();
        private Grouping<TKey, TElement> _nullGroup;

        private Lookup(IEqualityComparer<TKey> comparer) { _map = new Dictionary<TKey, Grouping<TKey, TElement>>(comparer); }

        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            Lookup<TKey, TElement> l = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source) l.GetOrCreate(keySelector(item)).Add(elementSelector(item));
            return l;
        }

        private Grouping<TKey, TElement> GetOrCreate(TKey key)
        {
            Grouping<TKey, TElement> g;
            if (key == null)
            {
                if (_nullGroup == null) { _nullGroup = new Grouping<TKey, TElement>(key); _groups.Add(_nullGroup); }
                return _nullGroup;
            }
            if (!_map.TryGetValue(key, out g))
            {
                g = new Grouping<TKey, TElement>(key);
                _map.Add(key, g);
                _groups.Add(g);
            }
            return g;
        }

        internal Grouping<TKey, TElement> Find(TKey key)
        {
            if (key == null) return _nullGroup;
            return _map.TryGetValue(key, out Grouping<TKey, TElement> g) ? g : null;
        }

        internal List<Grouping<TKey, TElement>> Groups => _groups;

        public int Count => _groups.Count;
        public IEnumerable<TElement> this[TKey key] => (IEnumerable<TElement>)Find(key) ?? Array.Empty<TElement>();
        public bool Contains(TKey key) => Find(key) != null;

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            foreach (Grouping<TKey, TElement> g in _groups) yield return g;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            foreach (Grouping<TKey, TElement> g in _groups) yield return resultSelector(g.Key, g);
        }
    }

    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        private readonly List<TElement> _elements = new List<TElement>();

        internal Grouping(TKey key) { Key = key; }

        public TKey Key { get; }
        internal void Add(TElement e) => _elements.Add(e);

        public IEnumerator<TElement> GetEnumerator() => _elements.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public int Count => _elements.Count;
        public bool IsReadOnly => true;
        public TElement this[int index] { get => _elements[index]; set => throw new NotSupportedException("Specified method is not supported."); }
        void ICollection<TElement>.Add(TElement item) => throw new NotSupportedException("Specified method is not supported.");
        public void Clear() => throw new NotSupportedException("Specified method is not supported.");
        public bool Contains(TElement item) => _elements.Contains(item);
        public void CopyTo(TElement[] array, int arrayIndex) => _elements.CopyTo(array, arrayIndex);
        public bool Remove(TElement item) => throw new NotSupportedException("Specified method is not supported.");
        public int IndexOf(TElement item) => _elements.IndexOf(item);
        public void Insert(int index, TElement item) => throw new NotSupportedException("Specified method is not supported.");
        public void RemoveAt(int index) => throw new NotSupportedException("Specified method is not supported.");
    }
}
