using System.Globalization;
using System.Runtime.InteropServices;

namespace System
{
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Char : IComparable, IComparable<char>, IEquatable<char>, IConvertible, ISpanFormattable
    {
        private readonly char m_value;

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;

        public override int GetHashCode() => (int)m_value | ((int)m_value << 16);
        public override bool Equals(object obj) => obj is char c && c == m_value;
        public bool Equals(char obj) => m_value == obj;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is char c) return m_value - c;
            throw new ArgumentException("Object must be of type Char.");
        }

        public int CompareTo(char value) => m_value - value;

        public override string ToString() => new string(m_value, 1);
        public string ToString(IFormatProvider provider) => new string(m_value, 1);
        public static string ToString(char c) => new string(c, 1);
        string IFormattable.ToString(string format, IFormatProvider formatProvider) => new string(m_value, 1);

        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider)
        {
            if (destination.Length < 1) { charsWritten = 0; return false; }
            destination[0] = m_value;
            charsWritten = 1;
            return true;
        }

        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            if (s == null || s.Length != 1) { result = '\0'; return false; }
            result = s[0];
            return true;
        }

        public static bool IsAscii(char c) => c <= 0x7F;
        public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        public static bool IsAsciiLetterLower(char c) => c >= 'a' && c <= 'z';
        public static bool IsAsciiLetterUpper(char c) => c >= 'A' && c <= 'Z';
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
        public static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';
        public static bool IsAsciiHexDigitLower(char c) => IsAsciiDigit(c) || (c >= 'a' && c <= 'f');
        public static bool IsAsciiHexDigitUpper(char c) => IsAsciiDigit(c) || (c >= 'A' && c <= 'F');
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) => (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive);

        // Classification: ASCII is answered here; everything else by the Unicode tables
        // (CharUnicodeInfo). The string overloads read a surrogate pair as one code point,
        // except IsWhiteSpace and IsControl, which look at the one char (as .NET does).

        public static bool IsDigit(char c)
        {
            if (c < 0x80) return (uint)(c - '0') <= 9;
            return CharUnicodeInfo.Category(c) == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsLetter(char c)
        {
            if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            return IsLetter(CharUnicodeInfo.Category(c));
        }

        public static bool IsWhiteSpace(char c)
        {
            if (c < 0x80) return c == ' ' || (uint)(c - '\t') <= '\r' - '\t';
            return CharUnicodeInfo.IsWhiteSpace(c);
        }

        public static bool IsUpper(char c)
        {
            if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A';
            return CharUnicodeInfo.Category(c) == UnicodeCategory.UppercaseLetter;
        }

        public static bool IsLower(char c)
        {
            if (c < 0x80) return (uint)(c - 'a') <= 'z' - 'a';
            return CharUnicodeInfo.Category(c) == UnicodeCategory.LowercaseLetter;
        }

        public static bool IsLetterOrDigit(char c)
        {
            if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
            return IsLetterOrDigit(CharUnicodeInfo.Category(c));
        }

        public static bool IsNumber(char c)
        {
            if (c < 0x80) return (uint)(c - '0') <= 9;
            return IsNumber(CharUnicodeInfo.Category(c));
        }

        public static bool IsControl(char c)
        {
            if (c < 0x80) return c < 0x20 || c == 0x7F;
            return CharUnicodeInfo.Category(c) == UnicodeCategory.Control;
        }

        public static bool IsPunctuation(char c) => IsPunctuation(CharUnicodeInfo.Category(c));
        public static bool IsSymbol(char c) => IsSymbol(CharUnicodeInfo.Category(c));
        public static bool IsSeparator(char c) => IsSeparator(CharUnicodeInfo.Category(c));
        public static bool IsSurrogate(char c) => c >= 0xD800 && c <= 0xDFFF;
        public static bool IsHighSurrogate(char c) => c >= 0xD800 && c <= 0xDBFF;
        public static bool IsLowSurrogate(char c) => c >= 0xDC00 && c <= 0xDFFF;
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) => IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);

        private static bool IsLetter(UnicodeCategory uc) => uc <= UnicodeCategory.OtherLetter;
        private static bool IsLetterOrDigit(UnicodeCategory uc) => uc <= UnicodeCategory.OtherLetter || uc == UnicodeCategory.DecimalDigitNumber;
        private static bool IsNumber(UnicodeCategory uc) => uc >= UnicodeCategory.DecimalDigitNumber && uc <= UnicodeCategory.OtherNumber;
        private static bool IsPunctuation(UnicodeCategory uc) => uc >= UnicodeCategory.ConnectorPunctuation && uc <= UnicodeCategory.OtherPunctuation;
        private static bool IsSymbol(UnicodeCategory uc) => uc >= UnicodeCategory.MathSymbol && uc <= UnicodeCategory.OtherSymbol;
        private static bool IsSeparator(UnicodeCategory uc) => uc >= UnicodeCategory.SpaceSeparator && uc <= UnicodeCategory.ParagraphSeparator;

        private static UnicodeCategory CategoryAt(string s, int index) => CharUnicodeInfo.Category(CharUnicodeInfo.CodePointAt(s, index));

        public static bool IsDigit(string s, int index) => CategoryAt(s, index) == UnicodeCategory.DecimalDigitNumber;
        public static bool IsLetter(string s, int index) => IsLetter(CategoryAt(s, index));
        public static bool IsUpper(string s, int index) => CategoryAt(s, index) == UnicodeCategory.UppercaseLetter;
        public static bool IsLower(string s, int index) => CategoryAt(s, index) == UnicodeCategory.LowercaseLetter;
        public static bool IsLetterOrDigit(string s, int index) => IsLetterOrDigit(CategoryAt(s, index));
        public static bool IsNumber(string s, int index) => IsNumber(CategoryAt(s, index));
        public static bool IsPunctuation(string s, int index) => IsPunctuation(CategoryAt(s, index));
        public static bool IsSymbol(string s, int index) => IsSymbol(CategoryAt(s, index));
        public static bool IsSeparator(string s, int index) => IsSeparator(CategoryAt(s, index));
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(At(s, index));
        public static bool IsControl(string s, int index) => IsControl(At(s, index));
        public static bool IsSurrogate(string s, int index) => IsSurrogate(At(s, index));
        public static bool IsHighSurrogate(string s, int index) => IsHighSurrogate(At(s, index));
        public static bool IsLowSurrogate(string s, int index) => IsLowSurrogate(At(s, index));

        public static bool IsSurrogatePair(string s, int index)
        {
            char c = At(s, index);
            return index + 1 < s.Length && IsSurrogatePair(c, s[index + 1]);
        }

        private static char At(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index");
            return s[index];
        }

        public static double GetNumericValue(char c)
        {
            if (c < 0x80) return (uint)(c - '0') <= 9 ? c - '0' : -1.0;
            return CharUnicodeInfo.NumericValue(c);
        }

        public static double GetNumericValue(string s, int index) => CharUnicodeInfo.NumericValue(CharUnicodeInfo.CodePointAt(s, index));

        public static UnicodeCategory GetUnicodeCategory(char c) => CharUnicodeInfo.Category(c);
        public static UnicodeCategory GetUnicodeCategory(string s, int index) => CategoryAt(s, index);

        public static char ToUpper(char c) => ToUpperInvariant(c);
        public static char ToLower(char c) => ToLowerInvariant(c);
        public static char ToUpper(char c, CultureInfo culture) => ToUpperInvariant(c);
        public static char ToLower(char c, CultureInfo culture) => ToLowerInvariant(c);

        // Simple case mappings; a surrogate char is left alone (string casing maps pairs).
        public static char ToUpperInvariant(char c)
        {
            if (c < 0x80) return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c;
            return (char)CharUnicodeInfo.ToUpper(c);
        }

        public static char ToLowerInvariant(char c)
        {
            if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 0x20) : c;
            return (char)CharUnicodeInfo.ToLower(c);
        }

        public static string ConvertFromUtf32(int utf32)
        {
            if ((uint)utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF))
                throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return new string((char)utf32, 1);
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xD800 + (utf32 >> 10)), (char)(0xDC00 + (utf32 & 0x3FF)) });
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate)) throw new ArgumentOutOfRangeException("highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate)) throw new ArgumentOutOfRangeException("lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            char c = At(s, index);
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
            if (IsSurrogate(c)) throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            return c;
        }

        public TypeCode GetTypeCode() => TypeCode.Char;
        bool IConvertible.ToBoolean(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Char' to 'Boolean'.");
        char IConvertible.ToChar(IFormatProvider provider) => m_value;
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => m_value;
        int IConvertible.ToInt32(IFormatProvider provider) => m_value;
        uint IConvertible.ToUInt32(IFormatProvider provider) => m_value;
        long IConvertible.ToInt64(IFormatProvider provider) => m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => m_value;
        float IConvertible.ToSingle(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Char' to 'Single'.");
        double IConvertible.ToDouble(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Char' to 'Double'.");
        decimal IConvertible.ToDecimal(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Char' to 'Decimal'.");
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Char' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }
}
