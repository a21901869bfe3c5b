// Fault fixture: no Victim here; static calls only.
using System;
class Program { static int Twice(int x) => 2 * x; static int Main() { Console.WriteLine(Twice(21)); return 0; } }
