// Fault fixture: a virtual call on Victim (tests/runner/faults.sh).
using System;
class Victim { public virtual int Hit() => 1; }
class Program { static int Main() { Console.WriteLine("hit " + new Victim().Hit()); return 0; } }
