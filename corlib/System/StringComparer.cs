using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System
{
    // String comparers: ordinal ones are exact; culture-aware ones use the invariant
    // CompareInfo (see CompareInfo for how far that goes).
    [Serializable]
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static readonly StringComparer s_invariant = new CultureAwareComparer(CompareOptions.None);
        private static readonly StringComparer s_invariantIgnoreCase = new CultureAwareComparer(CompareOptions.IgnoreCase);

        protected StringComparer() { }

        public static StringComparer Ordinal => s_ordinal;
        public static StringComparer OrdinalIgnoreCase => s_ordinalIgnoreCase;
        public static StringComparer InvariantCulture => s_invariant;
        public static StringComparer InvariantCultureIgnoreCase => s_invariantIgnoreCase;
        public static StringComparer CurrentCulture => s_invariant;
        public static StringComparer CurrentCultureIgnoreCase => s_invariantIgnoreCase;

        public static StringComparer Create(CultureInfo culture, bool ignoreCase)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            return ignoreCase ? s_invariantIgnoreCase : s_invariant;
        }

        public static StringComparer Create(CultureInfo culture, CompareOptions options)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            if (options == CompareOptions.Ordinal) return s_ordinal;
            if (options == CompareOptions.OrdinalIgnoreCase) return s_ordinalIgnoreCase;
            return new CultureAwareComparer(options);
        }

        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture: return CurrentCulture;
                case StringComparison.CurrentCultureIgnoreCase: return CurrentCultureIgnoreCase;
                case StringComparison.InvariantCulture: return InvariantCulture;
                case StringComparison.InvariantCultureIgnoreCase: return InvariantCultureIgnoreCase;
                case StringComparison.Ordinal: return Ordinal;
                case StringComparison.OrdinalIgnoreCase: return OrdinalIgnoreCase;
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public static bool IsWellKnownOrdinalComparer(IEqualityComparer<string> comparer, out bool ignoreCase)
        {
            if (comparer is OrdinalComparer o) { ignoreCase = o._ignoreCase; return true; }
            if (comparer is EqualityComparer<string> && ReferenceEquals(comparer, EqualityComparer<string>.Default)) { ignoreCase = false; return true; }
            ignoreCase = false;
            return false;
        }

        public static bool IsWellKnownCultureAwareComparer(IEqualityComparer<string> comparer, out CompareInfo compareInfo, out CompareOptions compareOptions)
        {
            if (comparer is CultureAwareComparer c)
            {
                compareInfo = CompareInfo.Invariant;
                compareOptions = c._options;
                return true;
            }
            compareInfo = null;
            compareOptions = CompareOptions.None;
            return false;
        }

        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            if (x is string sa)
            {
                if (y is string sb) return Compare(sa, sb);
            }
            if (x is IComparable ia) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is string sa && y is string sb) return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (obj is string s) return GetHashCode(s);
            return obj.GetHashCode();
        }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);
    }

    [Serializable]
    internal sealed class OrdinalComparer : StringComparer
    {
        internal readonly bool _ignoreCase;
        internal OrdinalComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }

        public override int Compare(string x, string y)
        {
            if ((object)x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            return _ignoreCase ? string.CompareOrdinalIgnoreCaseFull(x, y) : string.CompareOrdinal(x, y);
        }

        public override bool Equals(string x, string y) =>
            string.Equals(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return _ignoreCase ? string.GetHashCodeOrdinalIgnoreCase(obj) : obj.GetHashCode();
        }

        public override bool Equals(object obj) => obj is OrdinalComparer o && o._ignoreCase == _ignoreCase;
        public override int GetHashCode() => _ignoreCase ? 0x5F3F0A1 : 0x1B873593;
    }

    [Serializable]
    internal sealed class CultureAwareComparer : StringComparer
    {
        internal readonly CompareOptions _options;
        internal CultureAwareComparer(CompareOptions options) { _options = options; }

        public override int Compare(string x, string y)
        {
            if ((object)x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            return CompareInfo.Invariant.Compare(x, y, _options);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == y) return true;
            if (x == null || y == null) return false;
            return CompareInfo.Invariant.Compare(x, y, _options) == 0;
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return CompareInfo.Invariant.GetHashCode(obj, _options);
        }

        public override bool Equals(object obj) => obj is CultureAwareComparer c && c._options == _options;
        public override int GetHashCode() => (int)_options ^ 0x2C9277B5;
    }
}
