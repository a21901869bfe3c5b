// Threads: Start/Join, a parameter, IsAlive and ThreadState, Monitor.Wait/Pulse between
// two threads, Thread.Sleep, and a foreground thread that outlives Main (the process
// waits for it).
using System;
using System.Collections.Generic;
using System.Threading;

class Program
{
    static readonly object s_lock = new object();
    static readonly Queue<int> s_queue = new Queue<int>();
    static bool s_done;

    static void Producer()
    {
        for (int i = 1; i <= 3; i++)
        {
            lock (s_lock)
            {
                s_queue.Enqueue(i * 10);
                Monitor.Pulse(s_lock);
            }
        }
        lock (s_lock)
        {
            s_done = true;
            Monitor.Pulse(s_lock);
        }
    }

    static void Main()
    {
        int computed = 0;
        var worker = new Thread(() => { computed = 6 * 7; });
        Console.WriteLine("before start: " + worker.ThreadState + " alive " + worker.IsAlive);
        worker.Start();
        worker.Join();
        Console.WriteLine("joined: computed " + computed + ", " + worker.ThreadState + " alive " + worker.IsAlive);

        string received = null;
        var withParam = new Thread(o => received = "got " + o);
        withParam.Start("parameter");
        Console.WriteLine("Join(5000): " + withParam.Join(5000) + " " + received);

        try
        {
            worker.Start();
        }
        catch (ThreadStateException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            new Thread(() => { }).Join();
        }
        catch (ThreadStateException e)
        {
            Console.WriteLine(e.Message);
        }

        var sum = 0;
        var producer = new Thread(Producer);
        lock (s_lock)
        {
            producer.Start();
            while (true)
            {
                while (s_queue.Count == 0 && !s_done) Monitor.Wait(s_lock);
                if (s_queue.Count == 0) break;
                sum += s_queue.Dequeue();
            }
        }
        producer.Join();
        Console.WriteLine("consumed sum " + sum);

        int[] parts = new int[4];
        var threads = new Thread[parts.Length];
        for (int i = 0; i < threads.Length; i++)
        {
            int k = i;
            threads[i] = new Thread(() => { for (int j = 0; j <= k * 100; j++) parts[k] += j; });
            threads[i].Start();
        }
        foreach (Thread t in threads) t.Join();
        Console.WriteLine("parts " + string.Join(",", parts));

        Console.WriteLine("main thread id " + Thread.CurrentThread.ManagedThreadId + " " + Environment.CurrentManagedThreadId);
        var late = new Thread(() =>
        {
            Thread.Sleep(100);
            Console.WriteLine("foreground thread finishes after Main");
        });
        late.Start();
        Console.WriteLine("Main returns");
    }
}
