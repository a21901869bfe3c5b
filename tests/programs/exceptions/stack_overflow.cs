// Unbounded recursion ends the process as CoreCLR does: "Stack overflow." on stderr,
// SIGABRT (exit code 134); what was printed before stays printed.
using System;

class Program
{
    static int Down(int n) => Down(n + 1) + 1;

    static int Main()
    {
        Console.WriteLine("before the overflow");
        Console.WriteLine(Down(0));
        return 0;
    }
}
