// Seed: the smallest useful program (ldstr, a call, the entry point).
class Hello
{
    static void Main() { System.Console.WriteLine("Hello, anyclr \u00e9\u4e16"); }
}
