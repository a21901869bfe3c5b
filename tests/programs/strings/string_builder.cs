// StringBuilder: Append of several types, Insert, Remove, Replace, indexer,
// Length changes, chaining, and growth past the initial capacity.
using System;
using System.Text;

class Program
{
    static int Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append(12).Append('x').Append(true).Append(2.5).Append(-7L);
        Console.WriteLine(sb.ToString() + " length " + sb.Length);
        sb.Insert(0, "<<").Append(">>");
        Console.WriteLine(sb);
        sb.Remove(2, 3);
        Console.WriteLine(sb);
        sb.Replace("True", "T");
        sb[0] = '[';
        Console.WriteLine(sb + " char at 1 " + sb[1]);
        sb.Length = 4;
        Console.WriteLine("truncated " + sb);
        sb.Clear();
        for (int i = 0; i < 1000; i++)
            sb.Append(i % 10);
        string s = sb.ToString();
        Console.WriteLine("grown " + s.Length + " " + s.Substring(995));
        var lines = new StringBuilder();
        lines.AppendLine("one").AppendLine("two");
        Console.Write(lines);
        Console.WriteLine(new StringBuilder("start", 2).Append("!").ToString());
        Console.WriteLine(new StringBuilder().Append('-', 5).ToString());
        return 0;
    }
}
