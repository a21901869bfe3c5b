// Enums: underlying values, arithmetic and comparison, casts from out-of-range
// integers, ToString of named and unnamed values, switch over an enum.
using System;

enum Day { Mon = 1, Tue, Wed, Thu, Fri, Sat = 10, Sun }

class Program
{
    static string Kind(Day d) => d switch
    {
        Day.Sat or Day.Sun => "weekend",
        >= Day.Mon and <= Day.Fri => "weekday",
        _ => "unknown"
    };

    static int Main()
    {
        foreach (Day d in new[] { Day.Mon, Day.Wed, Day.Fri, Day.Sat, Day.Sun, (Day)7, (Day)0 })
            Console.WriteLine(d + " = " + (int)d + " " + Kind(d));
        Day x = Day.Tue;
        x++;
        x += 2;
        Console.WriteLine("Tue + 3 = " + x + ", Sun - Sat = " + (Day.Sun - Day.Sat) + ", compare " + (Day.Mon < Day.Sun));
        Console.WriteLine("default " + default(Day) + ", parsed " + Enum.Parse<Day>("Thu") + ", defined 7 " + Enum.IsDefined(typeof(Day), 7));
        Console.WriteLine("CompareTo " + Day.Fri.CompareTo(Day.Mon) + ", Equals " + Day.Fri.Equals(Day.Fri) + ", underlying " + Enum.GetUnderlyingType(typeof(Day)).Name);
        return 0;
    }
}
