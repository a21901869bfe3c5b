// TimeSpan over tables: Parse with .NET's split between FormatException (wrong shape) and
// OverflowException (a component out of range), ParseExact with "c"/"g"/"G" and custom
// formats (and their errors), custom formatting errors, the .NET 9+ integer From* overloads
// and the floating-point ones at their limits.
using System;
using System.Globalization;
class Program { static int Main() {
var inv = CultureInfo.InvariantCulture;
string[] ins = {"1:60","25:00","1.2.3","-","99999999.00:00:00","10675199.02:48:05.4775808","10675199.02:48:05.4775807","00:00:00.12345678","1:2:3.","abc","","  ","1","-1","10675199","10675200","1:2","1:2:3","1.2:3","1.2:3:4","1.2:3:4.5","1:2:3:4","1:2:3:4.5","1:2:3:4:5","-1:2:3","- 1:2:3"," 1:2:3 ","1:2:3.1234567","1:2:3.0000001","1:2:3.1","1:2:3.12345678","1:2:3.","1:2:3,5","23:59:59","24:00:00","00:60:00","00:00:60","1.24:00:00","1.23:60","0:0:0","00:00:00.0000000","1:02:03:04","1::3","1:2:","+1:2:3","1.2","1.","01.02:03","1:2:3.9999999","1:2:3.00000001","  -  1:2:3","1:2:3 x","1\t:2","1:2:03.1234567 ","999999999","9999999999","1:2:3.1234567890","0.00:00:00.0000000000","00000000001:00","1:000000000002","12:34:56.7890123","-10675199.02:48:05.4775808","-10675199.02:48:05.4775809","1:2:3.00000012","24:60:00","1.2:3.5","1:2.5","23:59:59.9999999","-0:0:1"};
foreach (var s in ins) Console.Write(TimeSpan.TryParse(s, inv, out var r) ? "T" : "F");
Console.WriteLine();
foreach (var s in ins) {
  try { Console.WriteLine("'" + s + "' => " + TimeSpan.Parse(s, inv)); }
  catch (Exception e) { Console.WriteLine("'" + s + "' => " + e.GetType().Name + ": " + e.Message); }
}
try { TimeSpan.Parse(null); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
Console.WriteLine(TimeSpan.TryParse("1:60", out var tt) + " " + tt);
string[][] ex = { new[]{"1:02:03","c"}, new[]{"1.02:03:04.5","c"}, new[]{"1:2:3","c"}, new[]{"1:2:3","g"}, new[]{"1:2:3:4.5","g"}, new[]{"1:02:03:04.5000000","G"}, new[]{"1:02:03","G"}, new[]{"-1:02:03:04.5000000","G"},
 new[]{"12:34","hh\\:mm"}, new[]{"2:34","hh\\:mm"}, new[]{"2:34","h\\:mm"}, new[]{"12:34","h\\:mm"}, new[]{"25:34","hh\\:mm"}, new[]{"1.12:34","d\\.hh\\:mm"}, new[]{"001.12:34","ddd\\.hh\\:mm"}, new[]{"1.12:34","ddd\\.hh\\:mm"}, new[]{"12:34:56.789","hh\\:mm\\:ss\\.fff"},new[]{"12:34:56.78","hh\\:mm\\:ss\\.fff"},
 new[]{"12:34:56.78","hh\\:mm\\:ss\\.FFF"},new[]{"12:34:56","hh\\:mm\\:ss\\.FFF"},new[]{"12:34:56.","hh\\:mm\\:ss\\.FFF"},new[]{"12 h","hh' h'"}, new[]{"12","%h"}, new[]{"12","h"}, new[]{"12","hhh"}, new[]{"12","x"}, new[]{"12:34","hh:mm"}, new[]{"5","%d"}, new[]{"123456789","%d"},new[]{"12345678","dddddddd"},new[]{"12345678","ddddddddd"},new[]{"12","%m"},new[]{"60","%m"},new[]{"60","%s"},new[]{"1","%f"},new[]{"1","ffffffff"},new[]{"12:34","hh\\:mm\\:"}, new[]{"12:34","hh\\:mm'"},new[]{"1:2","%h\\:%m"},new[]{"","c"},new[]{"1","Q"},new[]{"1:1", "hh\\:mm\\:ss"},new[]{"10675199","%d"},new[]{"10675200","%d"},new[]{"12:34","h\\:mm\\%"}};
foreach (var p in ex) {
  try { Console.WriteLine("exact '" + p[0] + "' '" + p[1] + "' => " + TimeSpan.ParseExact(p[0], p[1], inv)); }
  catch (Exception e) { Console.WriteLine("exact '" + p[0] + "' '" + p[1] + "' => " + e.GetType().Name + ": " + e.Message); }
}
try { Console.WriteLine(TimeSpan.ParseExact("1:2:3", "c", inv, TimeSpanStyles.AssumeNegative)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Console.WriteLine(TimeSpan.ParseExact("-1:2:3", "c", inv, TimeSpanStyles.AssumeNegative)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Console.WriteLine(TimeSpan.ParseExact("1:2", "h\\:m", inv, TimeSpanStyles.AssumeNegative)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Console.WriteLine(TimeSpan.ParseExact("1:2", new[]{"c","h\\:m"}, inv)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Console.WriteLine(TimeSpan.ParseExact("1:2", (string)null, inv)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { Console.WriteLine(TimeSpan.ParseExact(null, "c", inv)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
var t = new TimeSpan(1, 2, 3, 4, 567);
string[] fs = {"c","g","G","t","T","%d","dd\\.hh","hhh","%%","\\","'x","ffffffff","FFFFFFFF","dddddddd","ddddddddd","h\\h","d' days'","m\\:ss", "%H", "y"};
foreach (var f in fs) { try { Console.WriteLine("fmt " + f + " => " + t.ToString(f, inv) + " | " + (-t).ToString(f, inv)); } catch (Exception e) { Console.WriteLine("fmt " + f + " => " + e.GetType().Name + ": " + e.Message); } }
Func<TimeSpan>[] fr = { () => TimeSpan.FromDays(10675200), () => TimeSpan.FromDays(10675199, 3), () => TimeSpan.FromHours(int.MaxValue), () => TimeSpan.FromHours(256204778), ()=> TimeSpan.FromMinutes(long.MaxValue), () => TimeSpan.FromSeconds(long.MinValue), () => TimeSpan.FromMilliseconds(long.MaxValue), () => TimeSpan.FromMilliseconds(1, long.MaxValue), () => TimeSpan.FromMicroseconds(long.MaxValue), () => TimeSpan.FromSeconds(1, 2, 3), () => TimeSpan.FromMinutes(1, 2, 3, 4), () => TimeSpan.FromHours(1, 2, 3, 4, 5), () => TimeSpan.FromDays(1, 2), () => TimeSpan.FromMilliseconds(5L), () => TimeSpan.FromDays(-10675199, -3), () => new TimeSpan(int.MaxValue, 0, 0, 0), () => new TimeSpan(0, int.MaxValue, int.MaxValue, int.MaxValue), () => TimeSpan.FromDays(double.PositiveInfinity), () => TimeSpan.FromTicks(5), () => TimeSpan.MaxValue * 2, ()=> TimeSpan.MaxValue / 0.5, () => TimeSpan.Zero / 0, () => TimeSpan.FromSeconds(1) / 0, () => TimeSpan.FromMilliseconds(0.5), () => TimeSpan.FromMilliseconds(-0.5), () => TimeSpan.FromHours(-1.00000001)};
int i = 0;
foreach (var f in fr) { try { Console.WriteLine("from " + i++ + " => " + f()); } catch (Exception e) { Console.WriteLine("from " + (i-1) + " => " + e.GetType().Name + ": " + e.Message); } }
Console.WriteLine(TimeSpan.TryParseExact("1:2", new[]{"hh\\:mm","h\\:m"}, inv, TimeSpanStyles.None, out var tx) + " " + tx + " " + TimeSpan.TryParseExact("12", "%h'", inv, out var ty) + " " + TimeSpan.TryParseExact("25:00", "hh\\:mm", inv, out ty));
return 0; } }
