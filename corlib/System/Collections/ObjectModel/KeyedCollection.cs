using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A list whose items carry their own key. As in .NET, a lookup dictionary is built once
    // the collection holds more than `threshold` items (0: from the first item; -1: never),
    // and lookups without it scan the list.
    [Serializable]
    public abstract class KeyedCollection<TKey, TItem> : Collection<TItem>
    {
        private readonly IEqualityComparer<TKey> comparer;
        private readonly int threshold;
        private Dictionary<TKey, TItem> dict;
        private int keyCount;

        protected KeyedCollection() : this(null, 0) { }
        protected KeyedCollection(IEqualityComparer<TKey> comparer) : this(comparer, 0) { }

        protected KeyedCollection(IEqualityComparer<TKey> comparer, int dictionaryCreationThreshold)
            : base(new List<TItem>())
        {
            if (dictionaryCreationThreshold < -1)
                throw new ArgumentOutOfRangeException("dictionaryCreationThreshold", "The specified threshold for creating dictionary is out of range.");
            this.comparer = comparer ?? EqualityComparer<TKey>.Default;
            threshold = dictionaryCreationThreshold == -1 ? int.MaxValue : dictionaryCreationThreshold;
        }

        public IEqualityComparer<TKey> Comparer => comparer;
        protected IDictionary<TKey, TItem> Dictionary => dict;

        protected abstract TKey GetKeyForItem(TItem item);

        public TItem this[TKey key]
        {
            get
            {
                if (TryGetValue(key, out TItem item)) return item;
                throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
            }
        }

        public bool Contains(TKey key) => TryGetValue(key, out _);

        public bool TryGetValue(TKey key, out TItem item)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null) return dict.TryGetValue(key, out item);
            foreach (TItem it in Items)
            {
                TKey k = GetKeyForItem(it);
                if (k != null && comparer.Equals(key, k)) { item = it; return true; }
            }
            item = default;
            return false;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null)
                return dict.TryGetValue(key, out TItem item) && Remove(item);
            for (int i = 0; i < Items.Count; i++)
            {
                TKey k = GetKeyForItem(Items[i]);
                if (k != null && comparer.Equals(key, k)) { RemoveItem(i); return true; }
            }
            return false;
        }

        protected void ChangeItemKey(TItem item, TKey newKey)
        {
            if (!ContainsItem(item)) throw new ArgumentException("The item does not exist in the collection.", "item");
            TKey oldKey = GetKeyForItem(item);
            if (!comparer.Equals(oldKey, newKey))
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
        }

        private bool ContainsItem(TItem item)
        {
            TKey key;
            if (dict == null || (key = GetKeyForItem(item)) == null) return Items.Contains(item);
            return dict.TryGetValue(key, out TItem found) && EqualityComparer<TItem>.Default.Equals(found, item);
        }

        protected override void ClearItems()
        {
            base.ClearItems();
            dict?.Clear();
            keyCount = 0;
        }

        protected override void InsertItem(int index, TItem item)
        {
            TKey key = GetKeyForItem(item);
            if (key != null) AddKey(key, item);
            base.InsertItem(index, item);
        }

        protected override void RemoveItem(int index)
        {
            TKey key = GetKeyForItem(Items[index]);
            if (key != null) RemoveKey(key);
            base.RemoveItem(index);
        }

        protected override void SetItem(int index, TItem item)
        {
            TKey newKey = GetKeyForItem(item);
            TKey oldKey = GetKeyForItem(Items[index]);
            if (comparer.Equals(oldKey, newKey))
            {
                if (newKey != null && dict != null) dict[newKey] = item;
            }
            else
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
            base.SetItem(index, item);
        }

        private void AddKey(TKey key, TItem item)
        {
            if (dict != null) { dict.Add(key, item); return; }
            if (keyCount == threshold)
            {
                dict = new Dictionary<TKey, TItem>(comparer);
                foreach (TItem it in Items)
                {
                    TKey k = GetKeyForItem(it);
                    if (k != null) dict.Add(k, it);
                }
                dict.Add(key, item);
                return;
            }
            if (Contains(key)) throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
            keyCount++;
        }

        private void RemoveKey(TKey key)
        {
            if (dict != null) dict.Remove(key);
            else keyCount--;
        }
    }
}
