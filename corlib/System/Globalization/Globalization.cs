// Culture support: only the invariant culture exists (CurrentCulture is the invariant culture).
namespace System.Globalization
{
    [Flags]
    public enum CompareOptions
    {
        None = 0, IgnoreCase = 1, IgnoreNonSpace = 2, IgnoreSymbols = 4, IgnoreKanaType = 8, IgnoreWidth = 16,
        NumericOrdering = 32, OrdinalIgnoreCase = 268435456, StringSort = 536870912, Ordinal = 1073741824,
    }

    public enum UnicodeCategory
    {
        UppercaseLetter = 0, LowercaseLetter = 1, TitlecaseLetter = 2, ModifierLetter = 3, OtherLetter = 4, NonSpacingMark = 5,
        SpacingCombiningMark = 6, EnclosingMark = 7, DecimalDigitNumber = 8, LetterNumber = 9, OtherNumber = 10, SpaceSeparator = 11,
        LineSeparator = 12, ParagraphSeparator = 13, Control = 14, Format = 15, Surrogate = 16, PrivateUse = 17,
        ConnectorPunctuation = 18, DashPunctuation = 19, OpenPunctuation = 20, ClosePunctuation = 21, InitialQuotePunctuation = 22,
        FinalQuotePunctuation = 23, OtherPunctuation = 24, MathSymbol = 25, CurrencySymbol = 26, ModifierSymbol = 27,
        OtherSymbol = 28, OtherNotAssigned = 29,
    }

    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static readonly CultureInfo s_invariant = new CultureInfo("");
        private readonly string _name;

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            _name = name;
        }

        public CultureInfo(string name, bool useUserOverride) : this(name) { }

        public static CultureInfo InvariantCulture => s_invariant;
        public static CultureInfo CurrentCulture { get => s_invariant; set { } }
        public static CultureInfo CurrentUICulture { get => s_invariant; set { } }
        public static CultureInfo DefaultThreadCurrentCulture { get; set; }
        public static CultureInfo DefaultThreadCurrentUICulture { get; set; }

        public static CultureInfo GetCultureInfo(string name) => new CultureInfo(name);
        public static CultureInfo CreateSpecificCulture(string name) => new CultureInfo(name);

        public virtual string Name => _name;
        public virtual string DisplayName => _name.Length == 0 ? "Invariant Language (Invariant Country)" : _name;
        public virtual string EnglishName => DisplayName;
        public virtual string NativeName => DisplayName;
        public virtual string TwoLetterISOLanguageName => _name.Length == 0 ? "iv" : _name.Substring(0, Math.Min(2, _name.Length));
        public virtual CompareInfo CompareInfo => CompareInfo.Invariant;
        public virtual TextInfo TextInfo => TextInfo.Invariant;
        public virtual NumberFormatInfo NumberFormat { get => NumberFormatInfo.InvariantInfo; set { } }
        public virtual DateTimeFormatInfo DateTimeFormat { get => DateTimeFormatInfo.InvariantInfo; set { } }
        public virtual bool IsNeutralCulture => false;
        public bool IsReadOnly => true;
        public virtual CultureInfo Parent => s_invariant;

        public virtual object GetFormat(Type formatType)
        {
            if (formatType == typeof(NumberFormatInfo)) return NumberFormat;
            if (formatType == typeof(DateTimeFormatInfo)) return DateTimeFormat;
            return null;
        }

        public virtual object Clone() => new CultureInfo(_name);
        public override string ToString() => _name;
        public override bool Equals(object value) => value is CultureInfo c && c._name == _name;
        public override int GetHashCode() => _name.GetHashCode();
    }

    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        public static NumberFormatInfo InvariantInfo { get; } = new NumberFormatInfo();
        public static NumberFormatInfo CurrentInfo => InvariantInfo;

        public NumberFormatInfo() { }

        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider) => InvariantInfo;

        public string NumberDecimalSeparator { get; set; } = ".";
        public string NumberGroupSeparator { get; set; } = ",";
        public int NumberDecimalDigits { get; set; } = 2;
        public string CurrencySymbol { get; set; } = "\u00A4";
        public string CurrencyDecimalSeparator { get; set; } = ".";
        public string CurrencyGroupSeparator { get; set; } = ",";
        public int CurrencyDecimalDigits { get; set; } = 2;
        public string PercentSymbol { get; set; } = "%";
        public string PercentDecimalSeparator { get; set; } = ".";
        public string PercentGroupSeparator { get; set; } = ",";
        public int PercentDecimalDigits { get; set; } = 2;
        public string PerMilleSymbol { get; set; } = "\u2030";
        public string NegativeSign { get; set; } = "-";
        public string PositiveSign { get; set; } = "+";
        public string NaNSymbol { get; set; } = "NaN";
        public string PositiveInfinitySymbol { get; set; } = "Infinity";
        public string NegativeInfinitySymbol { get; set; } = "-Infinity";
        public bool IsReadOnly => true;

        public object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? this : null;
        public object Clone() => MemberwiseClone();
    }

    public sealed class DateTimeFormatInfo : IFormatProvider, ICloneable
    {
        public static DateTimeFormatInfo InvariantInfo { get; } = new DateTimeFormatInfo();
        public static DateTimeFormatInfo CurrentInfo => InvariantInfo;
        public object GetFormat(Type formatType) => formatType == typeof(DateTimeFormatInfo) ? this : null;
        public object Clone() => MemberwiseClone();
    }

    public sealed class TextInfo
    {
        internal static readonly TextInfo Invariant = new TextInfo();
        private TextInfo() { }
        public char ToUpper(char c) => char.ToUpperInvariant(c);
        public char ToLower(char c) => char.ToLowerInvariant(c);
        public string ToUpper(string str) => str.ToUpperInvariant();
        public string ToLower(string str) => str.ToLowerInvariant();

        public string ToTitleCase(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            char[] c = str.ToCharArray();
            bool start = true;
            for (int i = 0; i < c.Length; i++)
            {
                if (char.IsLetter(c[i]))
                {
                    c[i] = start ? char.ToUpperInvariant(c[i]) : char.ToLowerInvariant(c[i]);
                    start = false;
                }
                else start = char.IsWhiteSpace(c[i]) || c[i] == '-';
            }
            return new string(c);
        }

        public string ListSeparator => ",";
    }

    // String comparison as .NET does it in globalization-invariant mode (the only culture here is
    // the invariant one, like DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1): culture-sensitive
    // comparison is ordinal, IgnoreCase is ordinal ignoring case (simple case mapping).
    public sealed class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo();
        private CompareInfo() { }

        public string Name => "";

        public static CompareInfo GetCompareInfo(string name) => Invariant;

        public int Compare(string string1, string string2) => Compare(string1, string2, CompareOptions.None);

        public int Compare(string string1, string string2, CompareOptions options)
        {
            if ((object)string1 == string2) return 0;
            if (string1 == null) return -1;
            if (string2 == null) return 1;
            if (options == CompareOptions.Ordinal) return string.CompareOrdinalSpan(string1, string2);
            if (options == CompareOptions.OrdinalIgnoreCase || (options & CompareOptions.IgnoreCase) != 0)
                return string.CompareOrdinalIgnoreCaseFull(string1, string2);
            return string.CompareOrdinalSpan(string1, string2);
        }

        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2) =>
            Compare(string1.Substring(offset1, length1), string2.Substring(offset2, length2));

        public int IndexOf(string source, string value) => source.IndexOf(value, StringComparison.Ordinal);
        public int IndexOf(string source, string value, CompareOptions options) =>
            source.IndexOf(value, (options & CompareOptions.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public bool IsPrefix(string source, string prefix) => source.StartsWith(prefix, StringComparison.Ordinal);
        public bool IsSuffix(string source, string suffix) => source.EndsWith(suffix, StringComparison.Ordinal);
        public int GetHashCode(string source, CompareOptions options) =>
            (options & CompareOptions.IgnoreCase) != 0 ? string.GetHashCodeOrdinalIgnoreCase(source) : source.GetHashCode();
    }
}
