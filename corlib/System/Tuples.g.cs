// Repetitive code written once by a generator that is no longer in the tree (the
// project keeps no generator scripts outside C and shell); it is edited by hand now.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public struct ValueTuple : IEquatable<ValueTuple>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple>, ITuple
    {
        public override bool Equals(object obj) => obj is ValueTuple;
        public bool Equals(ValueTuple other) => true;
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple;
        int IComparable.CompareTo(object other) => 0;
        public int CompareTo(ValueTuple other) => 0;
        int IStructuralComparable.CompareTo(object other, IComparer comparer) => 0;
        public override int GetHashCode() => 0;
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => 0;
        public override string ToString() => "()";
        int ITuple.Length => 0;
        object ITuple.this[int index] => throw new IndexOutOfRangeException();
        public static ValueTuple Create() => default;
        public static ValueTuple<T1> Create<T1>(T1 item1) => new ValueTuple<T1>(item1);
        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new ValueTuple<T1, T2>(item1, item2);
        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new ValueTuple<T1, T2, T3>(item1, item2, item3);
        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new ValueTuple<T8>(item8));
    }

    [Serializable]
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1>>, ITuple
    {
        public T1 Item1;
        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1> other && Equals(other);
        public bool Equals(ValueTuple<T1> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1> o && comparer.Equals(Item1, o.Item1);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ")";
        int ITuple.Length => 1;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2>>, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ")";
        int ITuple.Length => 2;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3>>, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item3?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
        int ITuple.Length => 3;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item3?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item4?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
        int ITuple.Length => 4;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item3?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item4?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item5?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
        int ITuple.Length => 5;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5, T6> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item3?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item4?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item5?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item6?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
        int ITuple.Length => 6;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6) && comparer.Equals(Item7, o.Item7);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            c = comparer.Compare(Item7, o.Item7); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item3?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item4?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item5?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item6?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item7?.GetHashCode() ?? 0)));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
        int ITuple.Length => 7;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, ITuple where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7) && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6) && comparer.Equals(Item7, o.Item7) && comparer.Equals(Rest, o.Rest);
        int IComparable.CompareTo(object other)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            c = Comparer<TRest>.Default.Compare(Rest, other.Rest); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            c = comparer.Compare(Item7, o.Item7); if (c != 0) return c;
            c = comparer.Compare(Rest, o.Rest); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + ((Item1?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item2?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item3?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item4?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item5?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item6?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + ((Item7?.GetHashCode() ?? 0)));
            h = unchecked(h * 31 + (Rest.GetHashCode()));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString()
        {
            string rest = Rest.ToString();
            return "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + (rest.Length > 1 ? rest.Substring(1) : rest);
        }
        int ITuple.Length => 7 + (Rest is ITuple t ? t.Length : 1);
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                }
                if (Rest is ITuple t) return t[index - 7];
                if (index == 7) return Rest;
                throw new IndexOutOfRangeException();
            }
        }
    }

    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) => new Tuple<T1>(item1);
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new Tuple<T1, T2>(item1, item2);
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new Tuple<T1, T2, T3>(item1, item2, item3);
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) => new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new Tuple<T8>(item8));
    }

    [Serializable]
    public class Tuple<T1> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }
        public T1 Item1 => m_Item1;
        public override bool Equals(object obj) => obj is Tuple<T1> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1> o && comparer.Equals(m_Item1, o.m_Item1);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ")";
        int ITuple.Length => 1;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public override bool Equals(object obj) => obj is Tuple<T1, T2> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ")";
        int ITuple.Length => 2;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2, T3> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, o.m_Item3);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2, T3> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2, T3> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item3?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ")";
        int ITuple.Length => 3;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                    case 2: return m_Item3;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, o.m_Item3) && EqualityComparer<T4>.Default.Equals(m_Item4, o.m_Item4);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3, T4> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2, T3, T4> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2, T3, T4> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item3?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item4?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ", " + m_Item4?.ToString() + ")";
        int ITuple.Length => 4;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                    case 2: return m_Item3;
                    case 3: return m_Item4;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, o.m_Item3) && EqualityComparer<T4>.Default.Equals(m_Item4, o.m_Item4) && EqualityComparer<T5>.Default.Equals(m_Item5, o.m_Item5);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3, T4, T5> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item3?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item4?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item5?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ", " + m_Item4?.ToString() + ", " + m_Item5?.ToString() + ")";
        int ITuple.Length => 5;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                    case 2: return m_Item3;
                    case 3: return m_Item4;
                    case 4: return m_Item5;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public T6 Item6 => m_Item6;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5, T6> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, o.m_Item3) && EqualityComparer<T4>.Default.Equals(m_Item4, o.m_Item4) && EqualityComparer<T5>.Default.Equals(m_Item5, o.m_Item5) && EqualityComparer<T6>.Default.Equals(m_Item6, o.m_Item6);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3, T4, T5, T6> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5) && comparer.Equals(m_Item6, o.m_Item6);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = comparer.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item3?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item4?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item5?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item6?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ", " + m_Item4?.ToString() + ", " + m_Item5?.ToString() + ", " + m_Item6?.ToString() + ")";
        int ITuple.Length => 6;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                    case 2: return m_Item3;
                    case 3: return m_Item4;
                    case 4: return m_Item5;
                    case 5: return m_Item6;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public T6 Item6 => m_Item6;
        public T7 Item7 => m_Item7;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5, T6, T7> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, o.m_Item3) && EqualityComparer<T4>.Default.Equals(m_Item4, o.m_Item4) && EqualityComparer<T5>.Default.Equals(m_Item5, o.m_Item5) && EqualityComparer<T6>.Default.Equals(m_Item6, o.m_Item6) && EqualityComparer<T7>.Default.Equals(m_Item7, o.m_Item7);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3, T4, T5, T6, T7> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5) && comparer.Equals(m_Item6, o.m_Item6) && comparer.Equals(m_Item7, o.m_Item7);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(m_Item7, o.m_Item7); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = comparer.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            c = comparer.Compare(m_Item7, o.m_Item7); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item3?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item4?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item5?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item6?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item7?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ", " + m_Item4?.ToString() + ", " + m_Item5?.ToString() + ", " + m_Item6?.ToString() + ", " + m_Item7?.ToString() + ")";
        int ITuple.Length => 7;
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                    case 2: return m_Item3;
                    case 3: return m_Item4;
                    case 4: return m_Item5;
                    case 5: return m_Item6;
                    case 6: return m_Item7;
                }
                throw new IndexOutOfRangeException();
            }
        }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;
        private readonly TRest m_Rest;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
            m_Rest = rest;
        }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public T5 Item5 => m_Item5;
        public T6 Item6 => m_Item6;
        public T7 Item7 => m_Item7;
        public TRest Rest => m_Rest;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> o && EqualityComparer<T1>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<T2>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<T3>.Default.Equals(m_Item3, o.m_Item3) && EqualityComparer<T4>.Default.Equals(m_Item4, o.m_Item4) && EqualityComparer<T5>.Default.Equals(m_Item5, o.m_Item5) && EqualityComparer<T6>.Default.Equals(m_Item6, o.m_Item6) && EqualityComparer<T7>.Default.Equals(m_Item7, o.m_Item7) && EqualityComparer<TRest>.Default.Equals(m_Rest, o.m_Rest);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5) && comparer.Equals(m_Item6, o.m_Item6) && comparer.Equals(m_Item7, o.m_Item7) && comparer.Equals(m_Rest, o.m_Rest);
        int IComparable.CompareTo(object obj)
        {
            if (obj is null) return 1;
            if (!(obj is Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(m_Item7, o.m_Item7); if (c != 0) return c;
            c = Comparer<TRest>.Default.Compare(m_Rest, o.m_Rest); if (c != 0) return c;
            return 0;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other is null) return 1;
            if (!(other is Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = comparer.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            c = comparer.Compare(m_Item7, o.m_Item7); if (c != 0) return c;
            c = comparer.Compare(m_Rest, o.m_Rest); if (c != 0) return c;
            return 0;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = unchecked(h * 31 + (m_Item1?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item2?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item3?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item4?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item5?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item6?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Item7?.GetHashCode() ?? 0));
            h = unchecked(h * 31 + (m_Rest?.GetHashCode() ?? 0));
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => GetHashCode();
        public override string ToString()
        {
            string rest = m_Rest?.ToString() ?? "";
            return "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ", " + m_Item4?.ToString() + ", " + m_Item5?.ToString() + ", " + m_Item6?.ToString() + ", " + m_Item7?.ToString() + ", " + (rest.Length > 1 ? rest.Substring(1) : rest);
        }
        int ITuple.Length => 7 + (m_Rest is ITuple t ? t.Length : 1);
        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return m_Item1;
                    case 1: return m_Item2;
                    case 2: return m_Item3;
                    case 3: return m_Item4;
                    case 4: return m_Item5;
                    case 5: return m_Item6;
                    case 6: return m_Item7;
                }
                if (m_Rest is ITuple t) return t[index - 7];
                throw new IndexOutOfRangeException();
            }
        }
    }

}

namespace System.Runtime.CompilerServices
{
    public interface ITuple
    {
        int Length { get; }
        object this[int index] { get; }
    }
}

namespace System
{
    // Deconstruction of the reference tuples (`var (a, b) = Tuple.Create(1, 2)`) and their
    // conversion to and from value tuples, for up to seven elements.
    public static class TupleExtensions
    {
        public static void Deconstruct<T1>(this Tuple<T1> value, out T1 item1) { item1 = value.Item1; }
        public static void Deconstruct<T1, T2>(this Tuple<T1, T2> value, out T1 item1, out T2 item2) { item1 = value.Item1; item2 = value.Item2; }
        public static void Deconstruct<T1, T2, T3>(this Tuple<T1, T2, T3> value, out T1 item1, out T2 item2, out T3 item3) { item1 = value.Item1; item2 = value.Item2; item3 = value.Item3; }
        public static void Deconstruct<T1, T2, T3, T4>(this Tuple<T1, T2, T3, T4> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4) { item1 = value.Item1; item2 = value.Item2; item3 = value.Item3; item4 = value.Item4; }
        public static void Deconstruct<T1, T2, T3, T4, T5>(this Tuple<T1, T2, T3, T4, T5> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5) { item1 = value.Item1; item2 = value.Item2; item3 = value.Item3; item4 = value.Item4; item5 = value.Item5; }
        public static void Deconstruct<T1, T2, T3, T4, T5, T6>(this Tuple<T1, T2, T3, T4, T5, T6> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5, out T6 item6) { item1 = value.Item1; item2 = value.Item2; item3 = value.Item3; item4 = value.Item4; item5 = value.Item5; item6 = value.Item6; }
        public static void Deconstruct<T1, T2, T3, T4, T5, T6, T7>(this Tuple<T1, T2, T3, T4, T5, T6, T7> value, out T1 item1, out T2 item2, out T3 item3, out T4 item4, out T5 item5, out T6 item6, out T7 item7) { item1 = value.Item1; item2 = value.Item2; item3 = value.Item3; item4 = value.Item4; item5 = value.Item5; item6 = value.Item6; item7 = value.Item7; }

        public static ValueTuple<T1> ToValueTuple<T1>(this Tuple<T1> value) => new ValueTuple<T1>(value.Item1);
        public static (T1, T2) ToValueTuple<T1, T2>(this Tuple<T1, T2> value) => (value.Item1, value.Item2);
        public static (T1, T2, T3) ToValueTuple<T1, T2, T3>(this Tuple<T1, T2, T3> value) => (value.Item1, value.Item2, value.Item3);
        public static (T1, T2, T3, T4) ToValueTuple<T1, T2, T3, T4>(this Tuple<T1, T2, T3, T4> value) => (value.Item1, value.Item2, value.Item3, value.Item4);
        public static Tuple<T1> ToTuple<T1>(this ValueTuple<T1> value) => new Tuple<T1>(value.Item1);
        public static Tuple<T1, T2> ToTuple<T1, T2>(this (T1, T2) value) => new Tuple<T1, T2>(value.Item1, value.Item2);
        public static Tuple<T1, T2, T3> ToTuple<T1, T2, T3>(this (T1, T2, T3) value) => new Tuple<T1, T2, T3>(value.Item1, value.Item2, value.Item3);
        public static Tuple<T1, T2, T3, T4> ToTuple<T1, T2, T3, T4>(this (T1, T2, T3, T4) value) => new Tuple<T1, T2, T3, T4>(value.Item1, value.Item2, value.Item3, value.Item4);
    }
}
