// The named character references WebUtility.HtmlDecode knows: HTML 4's 252 entities plus
// "apos". Built on first use from compact lists.
using System.Collections.Generic;

namespace System.Net
{
    internal static class HtmlEntities
    {
        // U+00A0..U+00FF, in code point order.
        private const string Latin1 =
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr " +
            "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
            "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
            "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
            "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml " +
            "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

        // Greek capitals U+0391..U+03A9 (U+03A2 is unassigned) and small letters U+03B1..U+03C9.
        private const string GreekCapitals =
            "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - " +
            "Sigma Tau Upsilon Phi Chi Psi Omega";
        private const string GreekSmall =
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf " +
            "sigma tau upsilon phi chi psi omega";

        // Everything else as name:decimal code point.
        private const string Others =
            "quot:34 amp:38 apos:39 lt:60 gt:62 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 " +
            "circ:710 tilde:732 thetasym:977 upsih:978 piv:982 ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 " +
            "zwj:8205 lrm:8206 rlm:8207 ndash:8211 mdash:8212 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 " +
            "rdquo:8221 bdquo:8222 dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 " +
            "Prime:8243 lsaquo:8249 rsaquo:8250 oline:8254 frasl:8260 euro:8364 image:8465 weierp:8472 " +
            "real:8476 trade:8482 alefsym:8501 larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 " +
            "lArr:8656 uArr:8657 rArr:8658 dArr:8659 hArr:8660 forall:8704 part:8706 exist:8707 empty:8709 " +
            "nabla:8711 isin:8712 notin:8713 ni:8715 prod:8719 sum:8721 minus:8722 lowast:8727 radic:8730 " +
            "prop:8733 infin:8734 ang:8736 and:8743 or:8744 cap:8745 cup:8746 int:8747 there4:8756 sim:8764 " +
            "cong:8773 asymp:8776 ne:8800 equiv:8801 le:8804 ge:8805 sub:8834 sup:8835 nsub:8836 sube:8838 " +
            "supe:8839 oplus:8853 otimes:8855 perp:8869 sdot:8901 lceil:8968 rceil:8969 lfloor:8970 " +
            "rfloor:8971 lang:9001 rang:9002 loz:9674 spades:9824 clubs:9827 hearts:9829 diams:9830";

        private static Dictionary<string, char> s_table;

        // The character the name stands for, or '\0' if it is not an entity name.
        public static char Lookup(ReadOnlySpan<char> name)
        {
            s_table ??= Build();
            return s_table.TryGetValue(new string(name), out char c) ? c : '\0';
        }

        private static Dictionary<string, char> Build()
        {
            var table = new Dictionary<string, char>(256, StringComparer.Ordinal);
            AddRun(table, Latin1, 0xA0);
            AddRun(table, GreekCapitals, 0x391);
            AddRun(table, GreekSmall, 0x3B1);
            foreach (string pair in Others.Split(' '))
            {
                int colon = pair.IndexOf(':');
                table.Add(pair.Substring(0, colon), (char)int.Parse(pair.AsSpan(colon + 1)));
            }
            return table;
        }

        private static void AddRun(Dictionary<string, char> table, string names, int first)
        {
            string[] list = names.Split(' ');
            for (int i = 0; i < list.Length; i++)
                if (list[i] != "-") table.Add(list[i], (char)(first + i));
        }
    }
}
