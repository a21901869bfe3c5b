using System.Globalization;
using System.Runtime.InteropServices;

namespace System
{
    // Character classification is exact for Latin-1 and approximate (letters by block) beyond it.
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

        public static bool IsDigit(char c)
        {
            if (c < 0x100) return c >= '0' && c <= '9';
            return GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsLetter(char c)
        {
            if (c < 0x100)
                return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= 0xC0 && c != 0xD7 && c != 0xF7) || c == 0xAA || c == 0xB5 || c == 0xBA;
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc <= UnicodeCategory.OtherLetter;
        }

        public static bool IsWhiteSpace(char c)
        {
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u0085') return true;
            if (c < 0x1680) return false;
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
        }

        public static bool IsUpper(char c)
        {
            if (c < 0x80) return c >= 'A' && c <= 'Z';
            return GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;
        }

        public static bool IsLower(char c)
        {
            if (c < 0x80) return c >= 'a' && c <= 'z';
            return GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;
        }

        public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);
        public static bool IsNumber(char c)
        {
            if (c < 0x80) return c >= '0' && c <= '9';
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc == UnicodeCategory.DecimalDigitNumber || uc == UnicodeCategory.LetterNumber || uc == UnicodeCategory.OtherNumber;
        }
        public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c < 0xA0);
        public static bool IsPunctuation(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc >= UnicodeCategory.ConnectorPunctuation && uc <= UnicodeCategory.OtherPunctuation;
        }
        public static bool IsSymbol(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc >= UnicodeCategory.MathSymbol && uc <= UnicodeCategory.OtherSymbol;
        }
        public static bool IsSeparator(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc >= UnicodeCategory.SpaceSeparator && uc <= UnicodeCategory.ParagraphSeparator;
        }
        public static bool IsSurrogate(char c) => c >= 0xD800 && c <= 0xDFFF;
        public static bool IsHighSurrogate(char c) => c >= 0xD800 && c <= 0xDBFF;
        public static bool IsLowSurrogate(char c) => c >= 0xDC00 && c <= 0xDFFF;
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) => IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);

        public static bool IsDigit(string s, int index) => IsDigit(At(s, index));
        public static bool IsLetter(string s, int index) => IsLetter(At(s, index));
        public static bool IsWhiteSpace(string s, int index) => IsWhiteSpace(At(s, index));
        public static bool IsUpper(string s, int index) => IsUpper(At(s, index));
        public static bool IsLower(string s, int index) => IsLower(At(s, index));
        public static bool IsLetterOrDigit(string s, int index) => IsLetterOrDigit(At(s, index));
        public static bool IsNumber(string s, int index) => IsNumber(At(s, index));
        public static bool IsPunctuation(string s, int index) => IsPunctuation(At(s, index));
        public static bool IsControl(string s, int index) => IsControl(At(s, index));
        public static bool IsSymbol(string s, int index) => IsSymbol(At(s, index));
        public static bool IsSeparator(string s, int index) => IsSeparator(At(s, index));
        public static bool IsSurrogate(string s, int index) => IsSurrogate(At(s, index));

        private static char At(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }

        public static double GetNumericValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            return c < 0x80 ? -1.0 : CharUnicodeInfo.NumericValue(c);
        }

        public static UnicodeCategory GetUnicodeCategory(char c) => CharUnicodeInfo.GetUnicodeCategory(c);

        public static char ToUpper(char c) => ToUpperInvariant(c);
        public static char ToLower(char c) => ToLowerInvariant(c);
        public static char ToUpper(char c, CultureInfo culture) => ToUpperInvariant(c);
        public static char ToLower(char c, CultureInfo culture) => ToLowerInvariant(c);

        public static char ToUpperInvariant(char c)
        {
            if (c < 0x80) return (c >= 'a' && c <= 'z') ? (char)(c - 0x20) : c;
            return CharUnicodeInfo.ToUpper(c);
        }

        public static char ToLowerInvariant(char c)
        {
            if (c < 0x80) return (c >= 'A' && c <= 'Z') ? (char)(c + 0x20) : c;
            return CharUnicodeInfo.ToLower(c);
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
