// A program that installs its own SynchronizationContext (a message loop on the main
// thread, as UI frameworks do): every await continuation is posted to it, so the
// interleaving of two async methods is the same on every runtime.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

sealed class PumpContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback, object)> _queue = new Queue<(SendOrPostCallback, object)>();
    private readonly object _lock = new object();
    private bool _finished;
    public int Posted;

    public override void Post(SendOrPostCallback d, object state)
    {
        lock (_lock)
        {
            Posted++;
            _queue.Enqueue((d, state));
            Monitor.Pulse(_lock);
        }
    }

    public void Finish()
    {
        lock (_lock)
        {
            _finished = true;
            Monitor.Pulse(_lock);
        }
    }

    public void Run()
    {
        while (true)
        {
            (SendOrPostCallback d, object state) item;
            lock (_lock)
            {
                while (_queue.Count == 0 && !_finished) Monitor.Wait(_lock);
                if (_queue.Count == 0) return;
                item = _queue.Dequeue();
            }
            item.d(item.state);
        }
    }
}

class Program
{
    static readonly List<string> s_log = new List<string>();

    static async Task Worker(string name, int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            s_log.Add(name + i);
            await Task.Yield();
        }
    }

    static async Task Delayed()
    {
        await Task.Delay(20);
        s_log.Add("delay done on the pump: " + (SynchronizationContext.Current is PumpContext));
        await Task.Delay(1).ConfigureAwait(false);
        s_log.Add("after ConfigureAwait(false): " + (SynchronizationContext.Current == null));
    }

    static void Main()
    {
        Console.WriteLine("no context in a console program: " + (SynchronizationContext.Current == null));
        var pump = new PumpContext();
        SynchronizationContext.SetSynchronizationContext(pump);
        Task all = Task.WhenAll(Worker("a", 3), Worker("b", 2), Delayed());
        all.ContinueWith(_ => pump.Finish(), TaskScheduler.Default);
        pump.Run();
        SynchronizationContext.SetSynchronizationContext(null);
        Console.WriteLine(string.Join(" ", s_log));
        Console.WriteLine("posted at least 6: " + (pump.Posted >= 6) + ", all " + all.Status);
    }
}
