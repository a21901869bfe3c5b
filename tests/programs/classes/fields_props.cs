// Instance fields of every primitive type, auto-properties, computed properties,
// init-only setters and object initialisers.
using System;

class Everything
{
    public bool Bo; public byte By; public sbyte SBy; public short Sh; public ushort USh;
    public int In; public uint UIn; public long Lo; public ulong ULo; public float Fl;
    public double Do; public char Ch; public string St; public object Ob;
    public int Auto { get; set; } = 42;
    public string Init { get; init; } = "init";
    private int backing;
    public int Checked
    {
        get => backing;
        set => backing = value < 0 ? 0 : value;
    }
    public int Twice => backing * 2;
}

class Program
{
    static int Main()
    {
        var e = new Everything();
        Console.WriteLine("defaults: " + e.Bo + " " + e.By + " " + e.SBy + " " + e.Sh + " " + e.USh + " " + e.In + " " +
                          e.UIn + " " + e.Lo + " " + e.ULo + " " + e.Fl + " " + e.Do + " " + (int)e.Ch + " " +
                          (e.St == null) + " " + (e.Ob == null) + " " + e.Auto + " " + e.Init);
        var f = new Everything
        {
            Bo = true, By = 255, SBy = -128, Sh = -32768, USh = 65535, In = -1, UIn = 4000000000,
            Lo = -9000000000000000000, ULo = 18000000000000000000, Fl = 1.25f, Do = -0.125, Ch = 'Z',
            St = "text", Ob = 3, Auto = 7, Init = "set"
        };
        Console.WriteLine("set: " + f.Bo + " " + f.By + " " + f.SBy + " " + f.Sh + " " + f.USh + " " + f.In + " " +
                          f.UIn + " " + f.Lo + " " + f.ULo + " " + f.Fl + " " + f.Do + " " + f.Ch + " " + f.St + " " +
                          f.Ob + " " + f.Auto + " " + f.Init);
        f.Checked = -5;
        Console.WriteLine("checked setter " + f.Checked);
        f.Checked = 21;
        Console.WriteLine("checked setter " + f.Checked + ", twice " + f.Twice);
        f.Auto++;
        f.Auto += 10;
        Console.WriteLine("auto property compound " + f.Auto);
        return 0;
    }
}
