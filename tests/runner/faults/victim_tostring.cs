// Fault fixture: object.ToString called virtually on a Victim.
using System;
class Victim { public override string ToString() => "a victim"; }
class Program { static int Main() { object o = new Victim(); Console.WriteLine(o.ToString()); return 0; } }
