// Seed: custom attribute values of every encodable kind: fixed and named arguments,
// arrays, enums, System.Type, boxed objects, null strings; and a vararg call.
using System;

[assembly: System.Reflection.AssemblyDescription("seed for the metadata fuzzer")]

namespace Seeds
{
    public enum Level { Low, High = 7 }

    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
    public sealed class EveryAttribute : Attribute
    {
        public EveryAttribute(bool b, char c, sbyte i1, byte u1, short i2, ushort u2, int i4,
            uint u4, long i8, ulong u8, float r4, double r8, string s, Type t, Level e,
            object o, int[] a, string[] sa) { }
        public string? Name { get; set; }
        public Level Field;
        public object? Boxed;
        public Type[]? Types;
    }

    [Every(true, 'x', -1, 255, -300, 60000, -70000, 4000000000, long.MinValue, ulong.MaxValue,
        1.5f, -2.25, "text", typeof(System.Collections.Generic.List<int>), Level.High,
        42, new[] { 1, 2, 3 }, new[] { "a", null, "c" }, Name = "named", Field = Level.Low,
        Boxed = new[] { Level.High }, Types = new[] { typeof(int), typeof(string[]) })]
    [Every(false, '\0', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, Level.Low, null, null, null)]
    [Obsolete("old", false)]
    public static class Program
    {
        [Every(true, 'y', 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "", typeof(int*), (Level)3, "str",
            new int[0], new string[0])]
        static int Vararg(int n, __arglist)
        {
            var it = new ArgIterator(__arglist);
            return n + it.GetRemainingCount();
        }

        public static void Main([Every(true, 'p', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "p",
            typeof(void), Level.Low, 1.0, null, null)] string[] args)
        {
            Console.WriteLine(Vararg(1, __arglist(2, "three", 4.0)));
        }
    }
}
