// Resurrection: a finalizer that stores `this` in a static brings the object (and what it
// points to) back. A short weak reference is cleared before finalization; a long one
// (trackResurrection: true) follows the object until it is unreachable after its
// finalizer has run.
using System;
using System.Runtime.CompilerServices;

class Phoenix
{
    public static Phoenix Saved;
    public static int Finalized;
    public string Name;
    public int[] Data;
    public object Extra;
    ~Phoenix()
    {
        Finalized++;
        Saved = this;
    }
}

class Friend
{
    public int Value = 77;
}

class Program
{
    static WeakReference shortRef, longRef;
    static WeakReference<Phoenix> shortRefT, longRefT;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Make()
    {
        var p = new Phoenix { Name = "phoenix", Data = new int[100] };
        for (int i = 0; i < p.Data.Length; i++)
            p.Data[i] = i * i;
        shortRef = new WeakReference(p);
        longRef = new WeakReference(p, true);
        shortRefT = new WeakReference<Phoenix>(p);
        longRefT = new WeakReference<Phoenix>(p, true);
    }

    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static string State()
    {
        return "short " + shortRef.IsAlive + "/" + shortRefT.TryGetTarget(out _) +
               ", long " + longRef.IsAlive + "/" + longRefT.TryGetTarget(out _);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Check()
    {
        var p = Phoenix.Saved;
        long sum = 0;
        foreach (var x in p.Data)
            sum += x;
        Console.WriteLine("resurrected: " + p.Name + " sum " + sum + ", long target is it: " +
                          ReferenceEquals(longRef.Target, p) + ", " + (longRefT.TryGetTarget(out var q) && q == p));
    }

    static int Main()
    {
        Make();
        Console.WriteLine("tracks resurrection: " + shortRef.TrackResurrection + "/" + longRef.TrackResurrection);
        Collect();
        Console.WriteLine("after the first collection: finalized " + Phoenix.Finalized + ", saved " + (Phoenix.Saved != null) + ", " + State());
        Check();
        // Still referenced from the static: it survives more collections, not finalized again.
        Collect();
        Collect();
        Console.WriteLine("held by the static: finalized " + Phoenix.Finalized + ", " + State());
        // Dropped again: no second finalizer (not re-registered), and the long reference dies.
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("dropped: finalized " + Phoenix.Finalized + ", saved " + (Phoenix.Saved != null) + ", " + State());

        // Resurrected together with an object it points to, which has no finalizer: a short
        // weak reference to that one is cleared too (it was not strongly reachable), a long
        // one is not, and the object is intact.
        MakeWithFriend();
        Collect();
        CheckFriend();
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("friend after the second drop: short " + friendShort.IsAlive + ", long " + friendLong.IsAlive);
        return 0;
    }

    static WeakReference friendShort, friendLong;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void CheckFriend()
    {
        var saved = Phoenix.Saved;
        Console.WriteLine("friend after resurrection: short " + friendShort.IsAlive + ", long " + friendLong.IsAlive +
                          ", value " + ((Friend)saved.Extra).Value + ", same " + ReferenceEquals(friendLong.Target, saved.Extra));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeWithFriend()
    {
        // The Phoenix is the last allocation: were there a collection while it is garbage
        // already, it would wait in the finalization queue, a strong root for f.
        var f = new Friend();
        friendShort = new WeakReference(f);
        friendLong = new WeakReference(f, true);
        var data = new int[1];
        new Phoenix { Name = "with friend", Data = data, Extra = f };
    }
}
