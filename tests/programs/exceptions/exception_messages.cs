// The default messages of the runtime's own exceptions (they come from the core
// library's resources), and the messages of exceptions created by user code.
using System;

class Program
{
    static int I(int x) => x;

    static void Try(Action a)
    {
        try
        {
            a();
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }

    static int Main()
    {
        int[] arr = new int[1];
        object o = "s";
        object[] objs = new string[1];
        Try(() => Console.Write(((string)null).Length));
        Try(() => arr[I(2)] = 0);
        Try(() => Console.Write(I(1) / I(0)));
        Try(() => Console.Write(checked(I(int.MaxValue) + 1)));
        Try(() => objs[0] = 1);
        Try(() => throw new Exception());
        Try(() => throw new InvalidOperationException());
        Try(() => throw new ArgumentNullException("param"));
        Try(() => throw new ArgumentOutOfRangeException("index", "must be small"));
        Try(() => throw new NotImplementedException());
        Try(() => throw new NotSupportedException("custom text"));
        return 0;
    }
}
