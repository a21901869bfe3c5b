using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System.Globalization
{
    // Character properties from the Unicode Character Database. CharData (generated at build
    // time by corlib/tools/ucdgen.c from Debian's unicode-data) maps every code point to a
    // record: general category, White_Space, simple case mappings and numeric values.
    // Char's classification and casing come here for everything beyond ASCII.
    public static class CharUnicodeInfo
    {
        private const int WhiteSpaceFlag = 0x20;
        private const int CategoryMask = 0x1F;

        // The tables (CharData.Data) are read through Unsafe.Add, which the runtime turns into
        // plain address arithmetic: every offset comes from the generator, which checked that
        // each code point finds its record, and Record checks cp <= 0x10FFFF.

        // The record number of a code point: three levels of two-byte numbers (written out
        // rather than called: this is the hot path of every lookup).
        private static int Record(ref byte data, uint cp)
        {
            if (cp > 0x10FFFF) throw new ArgumentOutOfRangeException("codePoint");
            int i = CharData.Level1 + (int)(cp >> CharData.Shift1) * 2;
            int block = Unsafe.Add(ref data, i) | Unsafe.Add(ref data, i + 1) << 8;
            i = CharData.Level2 + ((block << (CharData.Shift1 - CharData.Shift2)) + (int)((cp >> CharData.Shift2) & CharData.Mask2)) * 2;
            block = Unsafe.Add(ref data, i) | Unsafe.Add(ref data, i + 1) << 8;
            i = CharData.Level3 + ((block << CharData.Shift2) + (int)(cp & CharData.Mask3)) * 2;
            return Unsafe.Add(ref data, i) | Unsafe.Add(ref data, i + 1) << 8;
        }

        internal static UnicodeCategory Category(uint cp)
        {
            ref byte data = ref MemoryMarshal.GetReference(CharData.Data);
            return (UnicodeCategory)(Unsafe.Add(ref data, CharData.RecordCategory + Record(ref data, cp)) & CategoryMask);
        }

        internal static bool IsWhiteSpace(uint cp)
        {
            ref byte data = ref MemoryMarshal.GetReference(CharData.Data);
            return (Unsafe.Add(ref data, CharData.RecordCategory + Record(ref data, cp)) & WhiteSpaceFlag) != 0;
        }

        // Simple case mappings, as .NET's invariant casing does them (which leaves U+0130,
        // U+0131 and U+017F alone). A mapping stays in its plane: the offset is modulo 0x10000.
        internal static uint ToUpper(uint cp) => Map(cp, CharData.RecordUpper);
        internal static uint ToLower(uint cp) => Map(cp, CharData.RecordLower);

        private static uint Map(uint cp, int table)
        {
            ref byte data = ref MemoryMarshal.GetReference(CharData.Data);
            int i = table + Record(ref data, cp) * 2;
            uint offset = (uint)(Unsafe.Add(ref data, i) | Unsafe.Add(ref data, i + 1) << 8);
            return (cp & 0xFFFF0000u) | ((cp + offset) & 0xFFFFu);
        }

        // The number of the code point's numeric values (0: none).
        private static int Numeric(ref byte data, uint cp) => Unsafe.Add(ref data, CharData.RecordNumeric + Record(ref data, cp));

        internal static double NumericValue(uint cp)
        {
            ref byte data = ref MemoryMarshal.GetReference(CharData.Data);
            int n = Numeric(ref data, cp);
            if (n == 0) return -1.0;
            long bits = 0;
            for (int k = 7; k >= 0; k--) bits = bits << 8 | Unsafe.Add(ref data, CharData.NumericValue + n * 8 + k);
            return BitConverter.Int64BitsToDouble(bits);
        }

        internal static int DecimalDigitValue(uint cp)
        {
            ref byte data = ref MemoryMarshal.GetReference(CharData.Data);
            return (sbyte)Unsafe.Add(ref data, CharData.NumericDecimalDigit + Numeric(ref data, cp));
        }

        internal static int DigitValue(uint cp)
        {
            ref byte data = ref MemoryMarshal.GetReference(CharData.Data);
            return (sbyte)Unsafe.Add(ref data, CharData.NumericDigit + Numeric(ref data, cp));
        }

        // The code point at s[index]: a high surrogate followed by a low one is one code point.
        internal static uint CodePointAt(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index");
            uint c = s[index];
            if (c - 0xD800u <= 0x3FFu && index + 1 < s.Length)
            {
                uint low = s[index + 1];
                if (low - 0xDC00u <= 0x3FFu) return ((c - 0xD800u) << 10) + (low - 0xDC00u) + 0x10000u;
            }
            return c;
        }

        // ---- invariant casing of UTF-16 text: a surrogate pair is mapped as one code point,
        // a lone surrogate is left alone.

        // The index of the first char that changes, or length.
        internal static int FirstCaseChange(ref char src, int length, bool toUpper)
        {
            for (int i = 0; i < length; i++)
            {
                uint c = Unsafe.Add(ref src, i);
                if (c < 0x80)
                {
                    if (c - (toUpper ? 'a' : 'A') <= 'z' - 'a') return i;
                    continue;
                }
                if (c - 0xD800u <= 0x3FFu && i + 1 < length)
                {
                    uint low = Unsafe.Add(ref src, i + 1);
                    if (low - 0xDC00u <= 0x3FFu)
                    {
                        uint cp = ((c - 0xD800u) << 10) + (low - 0xDC00u) + 0x10000u;
                        if ((toUpper ? ToUpper(cp) : ToLower(cp)) != cp) return i;
                        i++;
                        continue;
                    }
                }
                if ((toUpper ? ToUpper(c) : ToLower(c)) != c) return i;
            }
            return length;
        }

        // Writes the case-mapped length chars of src to dst (which may be src).
        internal static void ChangeCase(ref char src, ref char dst, int length, bool toUpper)
        {
            for (int i = 0; i < length; i++)
            {
                uint c = Unsafe.Add(ref src, i);
                if (c < 0x80)
                {
                    if (c - (toUpper ? 'a' : 'A') <= 'z' - 'a') c ^= 0x20;
                    Unsafe.Add(ref dst, i) = (char)c;
                    continue;
                }
                if (c - 0xD800u <= 0x3FFu && i + 1 < length)
                {
                    uint low = Unsafe.Add(ref src, i + 1);
                    if (low - 0xDC00u <= 0x3FFu)
                    {
                        uint cp = ((c - 0xD800u) << 10) + (low - 0xDC00u) + 0x10000u;
                        cp = (toUpper ? ToUpper(cp) : ToLower(cp)) - 0x10000u;
                        Unsafe.Add(ref dst, i) = (char)(0xD800u + (cp >> 10));
                        Unsafe.Add(ref dst, i + 1) = (char)(0xDC00u + (cp & 0x3FFu));
                        i++;
                        continue;
                    }
                }
                Unsafe.Add(ref dst, i) = (char)(toUpper ? ToUpper(c) : ToLower(c));
            }
        }

        // ---- the public API

        public static UnicodeCategory GetUnicodeCategory(char ch) => Category(ch);

        public static UnicodeCategory GetUnicodeCategory(int codePoint)
        {
            if ((uint)codePoint > 0x10FFFF) throw new ArgumentOutOfRangeException("codePoint");
            return Category((uint)codePoint);
        }

        public static UnicodeCategory GetUnicodeCategory(string s, int index) => Category(CodePointAt(s, index));

        public static double GetNumericValue(char ch) => NumericValue(ch);
        public static double GetNumericValue(string s, int index) => NumericValue(CodePointAt(s, index));
        public static int GetDecimalDigitValue(char ch) => DecimalDigitValue(ch);
        public static int GetDecimalDigitValue(string s, int index) => DecimalDigitValue(CodePointAt(s, index));
        public static int GetDigitValue(char ch) => DigitValue(ch);
        public static int GetDigitValue(string s, int index) => DigitValue(CodePointAt(s, index));
    }
}
