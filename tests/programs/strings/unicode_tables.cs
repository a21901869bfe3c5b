// Character properties over all of Unicode, table against table: a digest (FNV-1a) per
// block of 256 BMP code points and per block of 4096 supplementary ones, over the general
// category, every char.IsXxx (char and string overloads, surrogate pairs as one code
// point), simple case mappings (char and string casing) and numeric values; then counts
// per category. A wrong entry shows as one block's line, and the counts say of what kind.
//
// To keep the run short under emulators, many supplementary code points enter the digest
// with their category alone: the unassigned (Cn) and private-use (Co) ones, and planes 2
// and 3, some 90,000 CJK ideographs that are all alike (unicode_chars.cs checks U+2F890,
// the one with a numeric value). Every other code point goes through every property.
using System;
using System.Globalization;

class Program
{
    // Left out of the digests on both runtimes: the code points that Unicode 15.1 and 16.0
    // assigned or changed. CoreCLR (.NET 10) has Unicode 16.0; anyclr's tables come from
    // Debian's unicode-data, 15.0 today. Comparing the two over 0..10FFFF (category, case
    // mappings, numeric values, White_Space) found exactly these 5815 code points: 5812
    // new ones, 019B and 0264 (lowercase letters that got an uppercase in 16.0), and
    // 1171E (Mn to Mc). First and last code point of each range.
    static readonly int[] NewerThanUnicode15 =
    {
        0x019B, 0x019B, 0x0264, 0x0264, 0x0897, 0x0897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F,
        0x1C89, 0x1C8A, 0x2427, 0x2429, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF,
        0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC,
        0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4,
        0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5,
        0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5,
        0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x1171E, 0x1171E, 0x11BC0, 0x11BE1,
        0x11BF0, 0x11BF9, 0x11F5A, 0x11F5A, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79,
        0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3, 0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF,
        0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89, 0x1FA8F, 0x1FA8F, 0x1FABE, 0x1FABE,
        0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9, 0x1FBCB, 0x1FBEF,
        0x2EBF0, 0x2EE5D,
    };

    static bool[] s_excluded = new bool[0x110000];
    static int[] s_categoryCount = new int[30];

    static uint Mix(uint h, int v)
    {
        h = (h ^ (uint)(v & 0xFFFF)) * 16777619;
        return (h ^ (uint)(v >>> 16)) * 16777619;
    }

    static uint MixNumeric(uint h, double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        return Mix(Mix(h, (int)bits), (int)(bits >> 32));
    }

    static int Bit(bool b, int n) => b ? 1 << n : 0;

    // What the string overloads say about the code point at s[i].
    static uint MixStringFacts(uint h, string s, int i)
    {
        h = Mix(h, (int)CharUnicodeInfo.GetUnicodeCategory(s, i));
        h = Mix(h, (int)char.GetUnicodeCategory(s, i));
        h = Mix(h, Bit(char.IsLetter(s, i), 0) | Bit(char.IsDigit(s, i), 1) | Bit(char.IsNumber(s, i), 2) |
            Bit(char.IsUpper(s, i), 3) | Bit(char.IsLower(s, i), 4) | Bit(char.IsLetterOrDigit(s, i), 5) |
            Bit(char.IsPunctuation(s, i), 6) | Bit(char.IsSymbol(s, i), 7) | Bit(char.IsSeparator(s, i), 8) |
            Bit(char.IsControl(s, i), 9) | Bit(char.IsWhiteSpace(s, i), 10) | Bit(char.IsSurrogate(s, i), 11));
        h = MixNumeric(h, char.GetNumericValue(s, i));
        h = MixNumeric(h, CharUnicodeInfo.GetNumericValue(s, i));
        h = Mix(h, CharUnicodeInfo.GetDecimalDigitValue(s, i));
        return Mix(h, CharUnicodeInfo.GetDigitValue(s, i));
    }

    static uint BmpBlock(int first, out int count)
    {
        var chars = new char[256];
        count = 0;
        for (int cp = first; cp < first + 256; cp++)
            if (!s_excluded[cp]) chars[count++] = (char)cp;
        string s = new string(chars, 0, count), upper = s.ToUpperInvariant(), lower = s.ToLowerInvariant();
        uint h = 2166136261;
        for (int i = 0; i < count; i++)
        {
            char c = s[i];
            UnicodeCategory uc = char.GetUnicodeCategory(c);
            s_categoryCount[(int)uc]++;
            h = Mix(h, (int)uc);
            h = Mix(h, (int)CharUnicodeInfo.GetUnicodeCategory((int)c));
            h = Mix(h, Bit(char.IsLetter(c), 0) | Bit(char.IsDigit(c), 1) | Bit(char.IsNumber(c), 2) |
                Bit(char.IsUpper(c), 3) | Bit(char.IsLower(c), 4) | Bit(char.IsLetterOrDigit(c), 5) |
                Bit(char.IsPunctuation(c), 6) | Bit(char.IsSymbol(c), 7) | Bit(char.IsSeparator(c), 8) |
                Bit(char.IsControl(c), 9) | Bit(char.IsWhiteSpace(c), 10) | Bit(char.IsSurrogate(c), 11) |
                Bit(char.IsHighSurrogate(c), 12) | Bit(char.IsLowSurrogate(c), 13));
            h = Mix(h, char.ToUpperInvariant(c));
            h = Mix(h, char.ToLowerInvariant(c));
            h = Mix(h, upper[i]);
            h = Mix(h, lower[i]);
            h = MixNumeric(h, char.GetNumericValue(c));
            h = MixNumeric(h, CharUnicodeInfo.GetNumericValue(c));
            h = Mix(h, CharUnicodeInfo.GetDecimalDigitValue(c));
            h = Mix(h, CharUnicodeInfo.GetDigitValue(c));
            h = MixStringFacts(h, s, i);
        }
        return h;
    }

    static uint SupplementaryBlock(int first, out int count)
    {
        uint h = 2166136261;
        var chars = new char[2 * 4096];
        int n = 0;
        count = 0;
        for (int cp = first; cp < first + 4096; cp++)
        {
            if (s_excluded[cp]) continue;
            count++;
            UnicodeCategory uc = CharUnicodeInfo.GetUnicodeCategory(cp);
            s_categoryCount[(int)uc]++;
            h = Mix(h, (int)uc);
            if (uc == UnicodeCategory.OtherNotAssigned || uc == UnicodeCategory.PrivateUse || (cp >> 16) == 2 || (cp >> 16) == 3) continue;
            chars[n++] = (char)(0xD800 + ((cp - 0x10000) >> 10));
            chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
        }
        string s = new string(chars, 0, n), upper = s.ToUpperInvariant(), lower = s.ToLowerInvariant();
        for (int i = 0; i < n; i += 2)
        {
            h = Mix(h, char.ConvertToUtf32(upper, i));
            h = Mix(h, char.ConvertToUtf32(lower, i));
            h = MixStringFacts(h, s, i);
            // The low surrogate alone, as the string overloads see it.
            h = Mix(h, (int)char.GetUnicodeCategory(s, i + 1));
        }
        return h;
    }

    static int Main()
    {
        for (int r = 0; r < NewerThanUnicode15.Length; r += 2)
            for (int cp = NewerThanUnicode15[r]; cp <= NewerThanUnicode15[r + 1]; cp++)
                s_excluded[cp] = true;

        for (int first = 0; first < 0x10000; first += 256)
            Console.WriteLine($"{first:X4}: {BmpBlock(first, out int count):X8} {count}");
        for (int first = 0x10000; first < 0x110000; first += 4096)
        {
            uint h = SupplementaryBlock(first, out int count);
            Console.WriteLine($"{first:X5}: {h:X8} {count}");
        }
        for (int c = 0; c < 30; c++)
            Console.WriteLine($"{(UnicodeCategory)c}: {s_categoryCount[c]}");
        return 0;
    }
}
