// Char classification, case mapping and numeric values at chosen code points: the special
// cases of invariant casing, white space, fractions and Roman numerals, surrogate pairs and
// the argument checks. (tests/programs/strings/unicode_tables.cs sweeps every code point.)
// No code point here changed between Unicode 15.0 and 16.0 (see unicode_tables.cs).
using System;
using System.Globalization;

class Program
{
    static string Hex(string s)
    {
        var parts = new string[s.Length];
        for (int i = 0; i < s.Length; i++) parts[i] = ((int)s[i]).ToString("X4");
        return string.Join(" ", parts);
    }

    static void Casing(string s)
    {
        string u = s.ToUpperInvariant(), l = s.ToLowerInvariant();
        Console.WriteLine($"{Hex(s)} | upper {Hex(u)} | lower {Hex(l)} | same {(object)u == s} {(object)l == s}");
        Span<char> span = stackalloc char[s.Length];
        s.AsSpan().ToUpperInvariant(span);
        string su = span.ToString();
        s.AsSpan().ToLowerInvariant(span);
        if (su != u || span.ToString() != l) Console.WriteLine("  span casing differs");
        if (CultureInfo.InvariantCulture.TextInfo.ToUpper(s) != u || CultureInfo.InvariantCulture.TextInfo.ToLower(s) != l)
            Console.WriteLine("  TextInfo casing differs");
    }

    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine($"{what} = {f()}"); }
        catch (ArgumentException e) { Console.WriteLine($"{what} throws {e.GetType().Name} ({e.ParamName}): {e.Message}"); }
    }

    static void Char(char ch)
    {
        Console.WriteLine($"U+{(int)ch:X4} {char.GetUnicodeCategory(ch)} upper U+{(int)char.ToUpperInvariant(ch):X4} lower U+{(int)char.ToLowerInvariant(ch):X4}" +
            $" numeric {char.GetNumericValue(ch)} digit {CharUnicodeInfo.GetDigitValue(ch)} decimal {CharUnicodeInfo.GetDecimalDigitValue(ch)}" +
            $" ws {char.IsWhiteSpace(ch)} letter {char.IsLetter(ch)} upper {char.IsUpper(ch)} lower {char.IsLower(ch)}");
    }

    static int Main()
    {
        // Invariant casing is simple case mapping: ß and the ligatures stay, the Turkish
        // dotted and dotless i and the long s are left alone, final sigma is not contextual.
        Casing("straße STRASSE ẞ ﬁ ﬂ ǆ ǅ Ǆ ŉ ǰ ΐ");
        Casing("İstanbul ıiIİ ſ");
        Casing("ΣΊΣΥΦΟΣ σίσυφος ς Σ ϐ ϑ ϕ ϖ ϰ ϱ ϵ ͅ ι");
        Casing("ქართული ᲥᲐᲠᲗᲣᲚᲘ Ⴀ ⴀ");
        Casing("ᏣᎳᎩ ꮳꮃꭹ ᏸᏹ ᏰᏱ");
        Casing("Ω Ω K k Å å Ⅎⅎ ⅰⅱⅲ Ⅰ ⓐⓩ ⒶⓏ");
        Casing("ПРИВЕТ привет Ѐ ѐ Ӏ ӏ Ԁ");
        Casing("µ Μ ÿ Ÿ ɐ Ɐ ɑ Ɑ ɫ Ɫ ᵹ Ᵹ ꞵ Ꞵ ꭓ Ꭓ");
        Casing("ASCII only, UPPER and lower 0123");
        Casing("already upper ÀÉÎ");
        Casing("𐐨𐐩 𐐀𐐁 𞤢 𞤀 𐳀 𐲀 𑢠 𑣀 𖹠 𖹀 𐓘 𐒰 𝐀");
        Casing("lone \uD801 and \uDC28 and \uDC28\uD801 and \uD801\uD801\uDC28");
        Casing("");

        foreach (char ch in "ǅıİſßÿΣςΩµǈǲⅻ½٣௰\u2028\u00A0\u200B\uFEFF€\u0345\u1E9E\u2126\u212A\u10D0\u1C90\u13A0\uAB70\u13F8\u00AA\u00BA\u02B0\u0300\u0903\u20DD\u16EE\u0F33")
            Char(ch);

        Console.Write("white space:");
        for (int c = 0; c <= 0xFFFF; c++)
            if (char.IsWhiteSpace((char)c)) Console.Write($" {c:X4}");
        Console.WriteLine();
        Console.Write("separators:");
        for (int c = 0; c <= 0xFFFF; c++)
            if (char.IsSeparator((char)c)) Console.Write($" {c:X4}");
        Console.WriteLine();
        Console.Write("controls:");
        int controls = 0;
        for (int c = 0; c <= 0xFFFF; c++)
            if (char.IsControl((char)c)) controls++;
        Console.WriteLine($" {controls}, U+0085 {char.IsControl('\u0085')}, U+00AD {char.IsControl('\u00AD')}");

        // Fractions, Roman numerals and other numbers with a value but no digit value.
        foreach (char ch in "½⅓⅔¼¾⅕⅙⅛⅞⅐⅑⅒↉⅟༳ⅠⅡⅢⅣⅤⅫⅬⅭⅮⅯↀↁↂↅↆↇↈⅰⅿ①⑳㉑㊿⓪⓿❶➓²³¹⁰₉〇〡〸〹〺万一兆")
            Console.WriteLine($"U+{(int)ch:X4} {char.GetUnicodeCategory(ch)} numeric {char.GetNumericValue(ch)} digit {CharUnicodeInfo.GetDigitValue(ch)} decimal {CharUnicodeInfo.GetDecimalDigitValue(ch)}");

        // Surrogate pairs: the string overloads read a pair as one code point.
        string pairs = "𝟘𝟡𐐀𐐨𒐀𒐫𐅀𑁧𞥙🄀🄌𝄞😀\U000F0000\U0010FFFD\U000E0001\U0002F890\U00020000\U00016B61\U0001D360";
        for (int i = 0; i < pairs.Length; i++)
            Console.WriteLine($"{i} {char.GetUnicodeCategory(pairs, i)} {CharUnicodeInfo.GetUnicodeCategory(pairs, i)} letter {char.IsLetter(pairs, i)} digit {char.IsDigit(pairs, i)}" +
                $" number {char.IsNumber(pairs, i)} upper {char.IsUpper(pairs, i)} lower {char.IsLower(pairs, i)} lod {char.IsLetterOrDigit(pairs, i)}" +
                $" symbol {char.IsSymbol(pairs, i)} punct {char.IsPunctuation(pairs, i)} sep {char.IsSeparator(pairs, i)} control {char.IsControl(pairs, i)}" +
                $" ws {char.IsWhiteSpace(pairs, i)} surrogate {char.IsSurrogate(pairs, i)} high {char.IsHighSurrogate(pairs, i)} low {char.IsLowSurrogate(pairs, i)} pair {char.IsSurrogatePair(pairs, i)}" +
                $" numeric {char.GetNumericValue(pairs, i)} {CharUnicodeInfo.GetNumericValue(pairs, i)} digit {CharUnicodeInfo.GetDigitValue(pairs, i)} decimal {CharUnicodeInfo.GetDecimalDigitValue(pairs, i)}");
        foreach (int cp in new[] { 0, 0x41, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x1F600, 0xE0001, 0xF0000, 0x10FFFF })
            Console.WriteLine($"U+{cp:X4} {CharUnicodeInfo.GetUnicodeCategory(cp)}");

        Try("GetUnicodeCategory(-1)", () => CharUnicodeInfo.GetUnicodeCategory(-1));
        Try("GetUnicodeCategory(0x110000)", () => CharUnicodeInfo.GetUnicodeCategory(0x110000));
        Try("GetUnicodeCategory(null, 0)", () => CharUnicodeInfo.GetUnicodeCategory(null, 0));
        Try("GetUnicodeCategory(\"a\", 1)", () => CharUnicodeInfo.GetUnicodeCategory("a", 1));
        Try("GetNumericValue(\"a\", -1)", () => CharUnicodeInfo.GetNumericValue("a", -1));
        Try("GetDigitValue(null, 0)", () => CharUnicodeInfo.GetDigitValue(null, 0));
        Try("GetDecimalDigitValue(\"\", 0)", () => CharUnicodeInfo.GetDecimalDigitValue("", 0));
        Try("char.GetNumericValue(\"a\", 1)", () => char.GetNumericValue("a", 1));
        Try("char.GetUnicodeCategory(null, 0)", () => char.GetUnicodeCategory(null, 0));
        Try("char.IsLetter(\"a\", 1)", () => char.IsLetter("a", 1));
        Try("char.IsWhiteSpace(null, 0)", () => char.IsWhiteSpace(null, 0));
        Try("char.IsControl(\"a\", 2)", () => char.IsControl("a", 2));
        Try("char.IsSurrogatePair(\"a\", 1)", () => char.IsSurrogatePair("a", 1));
        Try("char.IsHighSurrogate(\"\\uD800\", 0)", () => char.IsHighSurrogate("\uD800", 0));
        return 0;
    }
}
