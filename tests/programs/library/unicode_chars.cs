// Char classification, case mapping and numeric values for every BMP code point, compared
// per block of 4096 code points as a hash (so a difference shows which block), plus samples.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        for (int block = 0; block < 16; block++)
        {
            uint h = 2166136261;
            int letters = 0, upperMapped = 0;
            for (int c = block * 0x1000; c < (block + 1) * 0x1000; c++)
            {
                char ch = (char)c;
                string line = (int)char.GetUnicodeCategory(ch) + "," + (int)char.ToUpperInvariant(ch) + "," + (int)char.ToLowerInvariant(ch) + "," +
                    (char.IsWhiteSpace(ch) ? 1 : 0) + (char.IsLetter(ch) ? 1 : 0) + (char.IsDigit(ch) ? 1 : 0) + (char.IsUpper(ch) ? 1 : 0) + (char.IsLower(ch) ? 1 : 0) +
                    (char.IsPunctuation(ch) ? 1 : 0) + (char.IsSymbol(ch) ? 1 : 0) + (char.IsNumber(ch) ? 1 : 0) + (char.IsControl(ch) ? 1 : 0) + (char.IsSeparator(ch) ? 1 : 0) +
                    (char.IsLetterOrDigit(ch) ? 1 : 0) + "," + char.GetNumericValue(ch).ToString(CultureInfo.InvariantCulture);
                foreach (char x in line) { h ^= x; h *= 16777619; }
                if (char.IsLetter(ch)) letters++;
                if (char.ToUpperInvariant(ch) != ch) upperMapped++;
            }
            Console.WriteLine($"block {block:X}: hash {h:X8} letters {letters} upper-mapped {upperMapped}");
        }
        string[] samples = { "ǅ", "ı", "İ", "ſ", "ß", "ÿ", "Σ", "ς", "Ω", "µ", "ǈ", "Ꞵ", "ǲ", "ⅻ", "½", "٣", "௰", "\u2028", "\u00A0", "\u200B", "\uFEFF", "€", "𝄞" };
        foreach (string s in samples)
        {
            char ch = s[0];
            Console.WriteLine($"U+{(int)ch:X4} {char.GetUnicodeCategory(ch)} upper U+{(int)char.ToUpperInvariant(ch):X4} lower U+{(int)char.ToLowerInvariant(ch):X4} numeric {char.GetNumericValue(ch)} ws {char.IsWhiteSpace(ch)} {s.ToUpperInvariant()}|{s.ToLowerInvariant()}");
        }
        Console.WriteLine("ΣΊΣΥΦΟΣ Ǆǅǆ ÀÉÎÕÜ Ωmega ПРИВЕТ".ToLowerInvariant() + " " + "straße ﬁ ǳ ŉ ǰ".ToUpperInvariant());
        Console.WriteLine(CharUnicodeInfo.GetUnicodeCategory('a') + " " + CharUnicodeInfo.GetNumericValue('Ⅷ') + " " + CharUnicodeInfo.GetDecimalDigitValue('٥') + " " + CharUnicodeInfo.GetUnicodeCategory(0x1F600));
        return 0;
    }
}
