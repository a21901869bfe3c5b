// Array's static helpers at their argument checks: the exception types and messages of Copy,
// CopyTo, Clear, Fill, IndexOf/LastIndexOf ranges, Resize, CreateInstance, Reverse and Find*.
using System;
class Program
{
    static void A(string l, Action f) { try { f(); Console.WriteLine(l + ": ok"); } catch (Exception e) { Console.WriteLine(l + ": " + e.GetType().Name + ": " + e.Message); } }
    static int Main()
    {
        var s = new int[3]; var d = new int[3];
        A("src neg", () => Array.Copy(s, -1, d, 0, 1));
        A("dst neg", () => Array.Copy(s, 0, d, -1, 1));
        A("len neg", () => Array.Copy(s, 0, d, 0, -1));
        A("src long", () => Array.Copy(s, 2, d, 0, 2));
        A("dst long", () => Array.Copy(s, 0, d, 2, 2));
        A("len long", () => Array.Copy(s, d, 4));
        A("null", () => Array.Copy(null, d, 1));
        A("types", () => Array.Copy(new string[1], d, 1));
        A("rank", () => Array.Copy(new int[1,1], d, 1));
        A("CopyTo", () => s.CopyTo(d, 1));
        A("CopyTo neg", () => s.CopyTo(d, -1));
        A("Clear neg", () => Array.Clear(s, -1, 1));
        A("Clear long", () => Array.Clear(s, 1, 5));
        A("Fill", () => Array.Fill(s, 1, 2, 2));
        A("IndexOf bad", () => Array.IndexOf(s, 1, 4));
        A("IndexOf bad count", () => Array.IndexOf(s, 1, 1, 3));
        A("LastIndexOf bad", () => Array.LastIndexOf(s, 1, 3));
        A("LastIndexOf bad count", () => Array.LastIndexOf(s, 1, 1, 3));
        A("Resize neg", () => { var x = s; Array.Resize(ref x, -1); });
        A("CreateInstance neg", () => Array.CreateInstance(typeof(int), -1));
        A("Reverse bad", () => Array.Reverse(s, 2, 2));
        A("ConstrainedCopy", () => Array.ConstrainedCopy(s, 0, d, 1, 3));
        A("AsReadOnly", () => Console.Write(Array.AsReadOnly(s).Count));
        A("Find null", () => Array.Find(s, null));
        A("FindIndex bad", () => Array.FindIndex(s, 4, x => true));
        A("FindLastIndex bad", () => Array.FindLastIndex(s, 3, x => true));
        A("GetValue bad", () => s.GetValue(3));
        A("SetValue type", () => s.SetValue("x", 0));
        A("Exists", () => Console.Write(Array.Exists(s, x => x == 0) + " " + Array.TrueForAll(s, x => x == 0) + " " + Array.FindAll(s, x => true).Length + " " + Array.ConvertAll(s, x => x + 1)[0]));
        return 0;
    }
}
