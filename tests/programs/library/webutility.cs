// WebUtility: HTML encoding and decoding (every HTML 4 entity name, numeric references,
// malformed references) and URL encoding/decoding of strings and bytes.
using System;
using System.IO;
using System.Net;
using System.Text;

static class Program
{
    static string Show(string s)
    {
        if (s == null) return "(null)";
        var sb = new StringBuilder();
        foreach (char c in s)
            if (c < 32 || c > 126) sb.Append("\\u").Append(((int)c).ToString("X4")); else sb.Append(c);
        return "\"" + sb + "\"";
    }

    static void Try(string what, Func<object> f)
    {
        try
        {
            object r = f();
            Console.WriteLine(what + ": " + (r is byte[] b ? BitConverter.ToString(b) : r is string s ? Show(s) : r == null ? "(null)" : r.ToString()));
        }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        string[] htmlSamples = {
            null, "", "plain", "<a href=\"x\">Tom & Jerry's</a>", "caf\u00e9 \u00a0 \u00ff \u0100 \u20ac",
            "emoji \ud83d\ude00!", "lone \ud800 high", "lone \udc00 low", "end \ud83d", "\u009f\u00a0\u00bf",
        };
        foreach (string s in htmlSamples)
        {
            string enc = WebUtility.HtmlEncode(s);
            Console.WriteLine("HtmlEncode " + Show(s) + " -> " + Show(enc) + " same=" + ReferenceEquals(s, enc) + " back=" + Show(WebUtility.HtmlDecode(enc)));
        }
        var sw = new StringWriter();
        WebUtility.HtmlEncode("<b>", sw);
        WebUtility.HtmlDecode(" &lt;/b&gt;", sw);
        Console.WriteLine("writer: " + sw);
        Try("HtmlEncode null writer", () => { WebUtility.HtmlEncode("x", null); return "ok"; });

        string[] decodeSamples = {
            "&amp;&lt;&gt;&quot;&apos;&#39;", "&#65;&#x42;&#X43;&#0067;", "&#x1F600; &#128512;", "&#xD800; &#55296;",
            "&#x110000; &#1114111;", "&#; &#x; &# 65; &#+66; &#-1; &#65", "&unknown; &AMP; &amp &", "a&b;c&copy;d",
            "&&amp;", "&a&amp;;", "&lt&gt;", "&nbsp;x&NBSP;", "&euro;&trade;&hearts;", "x&#0;y", "&#65&#66;", "&;", "&#x41 ;",
        };
        foreach (string s in decodeSamples) Console.WriteLine("HtmlDecode " + Show(s) + " -> " + Show(WebUtility.HtmlDecode(s)));

        string names =
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
            "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
            "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
            "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
            "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
            "yacute thorn yuml fnof Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho " +
            "Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi " +
            "omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv bull hellip prime Prime oline frasl " +
            "weierp image real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty " +
            "nabla isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne equiv " +
            "le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts " +
            "diams quot amp lt gt OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm ndash mdash " +
            "lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro apos Alphax alph Sigmaf";
        var line = new StringBuilder();
        int count = 0;
        foreach (string n in names.Split(' '))
        {
            string d = WebUtility.HtmlDecode("&" + n + ";");
            line.Append(n).Append('=').Append(d.Length == 1 ? ((int)d[0]).ToString() : Show(d)).Append(' ');
            if (++count % 12 == 0) { Console.WriteLine(line.ToString().TrimEnd()); line.Clear(); }
        }
        Console.WriteLine(line.ToString().TrimEnd());

        string[] urlSamples = { null, "", "abcXYZ019-_.!*()", "a b+c&d=e/f?g#h%i~j'k", "caf\u00e9 \u20ac \ud83d\ude00", "lone\ud800x", "\u007f\u0080" };
        foreach (string s in urlSamples)
        {
            string enc = WebUtility.UrlEncode(s);
            Console.WriteLine("UrlEncode " + Show(s) + " -> " + Show(enc) + " same=" + ReferenceEquals(s, enc) + " back=" + Show(WebUtility.UrlDecode(enc)));
        }
        string[] urlDecodeSamples = { "a+b%20c", "%e2%82%AC%", "%zz%4", "%C3", "%C3(", "caf%C3%A9+%F0%9F%98%80", "%FF%FE", "\u00e9%41", "100%", "%%41", "%4" };
        foreach (string s in urlDecodeSamples) Console.WriteLine("UrlDecode " + Show(s) + " -> " + Show(WebUtility.UrlDecode(s)));

        byte[] raw = Encoding.UTF8.GetBytes("x y/\u00e9");
        Try("UrlEncodeToBytes", () => WebUtility.UrlEncodeToBytes(raw, 0, raw.Length));
        Try("UrlEncodeToBytes slice", () => WebUtility.UrlEncodeToBytes(raw, 1, 2));
        Try("UrlEncodeToBytes safe", () => WebUtility.UrlEncodeToBytes(raw, 0, 1));
        byte[] enc2 = Encoding.ASCII.GetBytes("a+b%41%4%zz%e9");
        Try("UrlDecodeToBytes", () => WebUtility.UrlDecodeToBytes(enc2, 0, enc2.Length));
        Try("UrlDecodeToBytes slice", () => WebUtility.UrlDecodeToBytes(enc2, 3, 4));
        Try("UrlEncodeToBytes null 0", () => WebUtility.UrlEncodeToBytes(null, 0, 0));
        Try("UrlEncodeToBytes null 1", () => WebUtility.UrlEncodeToBytes(null, 0, 1));
        Try("UrlDecodeToBytes bad offset", () => WebUtility.UrlDecodeToBytes(raw, -1, 1));
        Try("UrlDecodeToBytes bad count", () => WebUtility.UrlDecodeToBytes(raw, 2, raw.Length));
        Try("UrlEncodeToBytes negative count", () => WebUtility.UrlEncodeToBytes(raw, 1, -1));
        Try("UrlEncodeToBytes offset past end", () => WebUtility.UrlEncodeToBytes(raw, raw.Length + 1, 0));
    }
}
