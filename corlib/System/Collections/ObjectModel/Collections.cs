using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            this.list = list;
        }

        public static ReadOnlyCollection<T> Empty { get; } = new ReadOnlyCollection<T>(new T[0]);

        public int Count => list.Count;
        public T this[int index] => list[index];
        public bool Contains(T value) => list.Contains(value);
        public void CopyTo(T[] array, int index) => list.CopyTo(array, index);
        public IEnumerator<T> GetEnumerator() => list.GetEnumerator();
        public int IndexOf(T value) => list.IndexOf(value);
        protected IList<T> Items => list;

        private static NotSupportedException ReadOnly() => new NotSupportedException("Collection is read-only.");

        bool ICollection<T>.IsReadOnly => true;
        T IList<T>.this[int index] { get => list[index]; set => throw ReadOnly(); }
        void ICollection<T>.Add(T value) => throw ReadOnly();
        void ICollection<T>.Clear() => throw ReadOnly();
        void IList<T>.Insert(int index, T value) => throw ReadOnly();
        bool ICollection<T>.Remove(T value) => throw ReadOnly();
        void IList<T>.RemoveAt(int index) => throw ReadOnly();
        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)list).GetEnumerator();
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < list.Count; i++) array.SetValue(list[i], index + i);
        }

        bool IList.IsFixedSize => true;
        bool IList.IsReadOnly => true;
        object IList.this[int index] { get => list[index]; set => throw ReadOnly(); }
        int IList.Add(object value) => throw ReadOnly();
        void IList.Clear() => throw ReadOnly();
        bool IList.Contains(object value) => value is T t ? Contains(t) : value == null && default(T) == null && Contains(default);
        int IList.IndexOf(object value) => value is T t ? IndexOf(t) : -1;
        void IList.Insert(int index, object value) => throw ReadOnly();
        void IList.Remove(object value) => throw ReadOnly();
        void IList.RemoveAt(int index) => throw ReadOnly();
    }

    [Serializable]
    public class Collection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> items;

        public Collection() { items = new List<T>(); }

        public Collection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            items = list;
        }

        public int Count => items.Count;
        protected IList<T> Items => items;

        public T this[int index]
        {
            get => items[index];
            set
            {
                if ((uint)index >= (uint)items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                SetItem(index, value);
            }
        }

        public void Add(T item) => InsertItem(items.Count, item);
        public void Clear() => ClearItems();
        public void CopyTo(T[] array, int index) => items.CopyTo(array, index);
        public bool Contains(T item) => items.Contains(item);
        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();
        public int IndexOf(T item) => items.IndexOf(item);

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)items.Count) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            int index = items.IndexOf(item);
            if (index < 0) return false;
            RemoveItem(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            RemoveItem(index);
        }

        protected virtual void ClearItems() => items.Clear();
        protected virtual void InsertItem(int index, T item) => items.Insert(index, item);
        protected virtual void RemoveItem(int index) => items.RemoveAt(index);
        protected virtual void SetItem(int index, T item) => items[index] = item;

        bool ICollection<T>.IsReadOnly => items.IsReadOnly;
        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < items.Count; i++) array.SetValue(items[i], index + i);
        }

        object IList.this[int index] { get => items[index]; set => this[index] = (T)value; }
        bool IList.IsReadOnly => items.IsReadOnly;
        bool IList.IsFixedSize => false;
        int IList.Add(object value) { Add((T)value); return Count - 1; }
        bool IList.Contains(object value) => value is T t && Contains(t);
        int IList.IndexOf(object value) => value is T t ? IndexOf(t) : -1;
        void IList.Insert(int index, object value) => Insert(index, (T)value);
        void IList.Remove(object value) { if (value is T t) Remove(t); }
    }
}
