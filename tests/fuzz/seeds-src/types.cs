// Seed: generics with constraints, interfaces, nested types, properties, events,
// explicit layout, static data (FieldRVA), constants, enums and a P/Invoke.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Seeds
{
    public enum Color : byte { Red = 1, Green = 2, Blue = 4 }

    public interface IShape { double Area { get; } }

    public struct Point<T> where T : struct, IComparable<T> { public T X, Y; }

    [StructLayout(LayoutKind.Explicit, Size = 16)]
    public struct Union
    {
        [FieldOffset(0)] public long L;
        [FieldOffset(0)] public double D;
        [FieldOffset(8)] public int I;
    }

    public class Box<TItem> : IShape where TItem : class, new()
    {
        public const string Label = "box";
        public const long Big = 0x123456789abcdef;
        static readonly byte[] table = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                                         17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28 };
        public event EventHandler? Changed;
        public double Area => table[3] * 2.0;
        public TItem Item { get; set; } = new TItem();
        public class Nested { public Dictionary<string, List<TItem>> Map = new(); }
        public TOut Convert<TOut>(Func<TItem, TOut> f) => f(Item);
        public void Touch() => Changed?.Invoke(this, EventArgs.Empty);
    }

    static class Native
    {
        [DllImport("libc", EntryPoint = "getpid")]
        public static extern int GetPid();
        [DllImport("libc", CharSet = CharSet.Ansi)]
        public static extern int puts([MarshalAs(UnmanagedType.LPStr)] string s);
    }

    static class Program
    {
        static unsafe int Sum(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }

        static unsafe void Main()
        {
            var b = new Box<object>();
            int* buf = stackalloc int[4];
            buf[0] = 1; buf[3] = 2;
            delegate*<int*, int, int> fp = &Sum;
            Console.WriteLine($"{b.Area} {b.Convert(o => o.ToString())} {fp(buf, 4)} {Color.Green}");
            Console.WriteLine(new Point<int> { X = 1 }.X + new Union { L = 5 }.I);
        }
    }
}
