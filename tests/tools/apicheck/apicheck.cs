// apicheck — which public members of the core library's existing types are missing,
// compared with .NET's reference assemblies.
//
// usage: apicheck REFDIR CORLIB.dll
//
// Reads every assembly in REFDIR (packs/Microsoft.NETCore.App.Ref/<ver>/ref/net10.0) and
// the core library. For each public type that both declare (matched by full name: the
// reference assemblies spread over many files what corlib declares in one), prints one
// line per public or protected member the reference declares and corlib lacks:
//
//   System.String: static method System.String Join(System.Char, System.ReadOnlySpan`1<System.String>)
//
// Methods compare by name, generic arity, static-ness, return and parameter types
// (generic parameters by position, custom modifiers ignored); properties by type,
// index parameters and which accessors are visible; fields and events by type; nested
// types by name. The lines are sorted; then come "# " summary lines: the gaps per
// namespace and the number of reference types corlib lacks entirely (out of scope).
// It is a report: the exit status is 0 whatever the gaps, 2 for bad usage.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

// Spells a signature's types as text that is the same in any assembly: full names,
// generic parameters as !N (type) and !!N (method), modifiers dropped.
sealed class TypeNamer : ISignatureTypeProvider<string, object>
{
    public string GetPrimitiveType(PrimitiveTypeCode code) => code switch {
        PrimitiveTypeCode.Void => "System.Void",
        PrimitiveTypeCode.Boolean => "System.Boolean",
        PrimitiveTypeCode.Char => "System.Char",
        PrimitiveTypeCode.SByte => "System.SByte",
        PrimitiveTypeCode.Byte => "System.Byte",
        PrimitiveTypeCode.Int16 => "System.Int16",
        PrimitiveTypeCode.UInt16 => "System.UInt16",
        PrimitiveTypeCode.Int32 => "System.Int32",
        PrimitiveTypeCode.UInt32 => "System.UInt32",
        PrimitiveTypeCode.Int64 => "System.Int64",
        PrimitiveTypeCode.UInt64 => "System.UInt64",
        PrimitiveTypeCode.Single => "System.Single",
        PrimitiveTypeCode.Double => "System.Double",
        PrimitiveTypeCode.String => "System.String",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        PrimitiveTypeCode.Object => "System.Object",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        _ => "?" + code,
    };

    public string GetTypeFromDefinition(MetadataReader md, TypeDefinitionHandle h, byte kind) =>
        ApiCheck.FullName(md, h);

    public string GetTypeFromReference(MetadataReader md, TypeReferenceHandle h, byte kind)
    {
        TypeReference r = md.GetTypeReference(h);
        string name = md.GetString(r.Name);
        if (r.ResolutionScope.Kind == HandleKind.TypeReference)
            return GetTypeFromReference(md, (TypeReferenceHandle)r.ResolutionScope, 0) + "/" + name;
        string ns = md.GetString(r.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public string GetTypeFromSpecification(MetadataReader md, object ctx, TypeSpecificationHandle h, byte kind) =>
        md.GetTypeSpecification(h).DecodeSignature(this, ctx);

    public string GetSZArrayType(string element) => element + "[]";
    public string GetArrayType(string element, ArrayShape shape) =>
        element + "[" + new string(',', shape.Rank - 1) + "]";
    public string GetByReferenceType(string element) => element + "&";
    public string GetPointerType(string element) => element + "*";
    public string GetPinnedType(string element) => element;
    public string GetModifiedType(string modifier, string unmodified, bool isRequired) => unmodified;
    public string GetGenericInstantiation(string generic, ImmutableArray<string> args) =>
        generic + "<" + string.Join(", ", args) + ">";
    public string GetGenericTypeParameter(object ctx, int index) => "!" + index;
    public string GetGenericMethodParameter(object ctx, int index) => "!!" + index;
    public string GetFunctionPointerType(MethodSignature<string> sig) =>
        "method " + sig.ReturnType + " *(" + string.Join(", ", sig.ParameterTypes) + ")";
}

static class ApiCheck
{
    static readonly TypeNamer Namer = new TypeNamer();

    static int Main(string[] args)
    {
        if (args.Length != 2 || !Directory.Exists(args[0]) || !File.Exists(args[1])) {
            Console.Error.WriteLine("usage: apicheck REFDIR CORLIB.dll");
            return 2;
        }
        var corlib = new Dictionary<string, HashSet<string>>();
        Collect(args[1], corlib);

        var reference = new Dictionary<string, HashSet<string>>();
        foreach (string path in Directory.GetFiles(args[0], "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            Collect(path, reference);

        var gaps = new List<string>();
        var gapsPerNamespace = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var absentPerNamespace = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int absentTypes = 0;
        foreach (var (type, members) in reference) {
            string ns = Namespace(type);
            if (!corlib.TryGetValue(type, out HashSet<string> have)) {
                absentTypes++;
                absentPerNamespace[ns] = absentPerNamespace.GetValueOrDefault(ns) + 1;
                continue;
            }
            foreach (string m in members) {
                if (have.Contains(m))
                    continue;
                gaps.Add(type + ": " + m);
                gapsPerNamespace[ns] = gapsPerNamespace.GetValueOrDefault(ns) + 1;
            }
        }
        gaps.Sort(StringComparer.Ordinal);

        var output = new StringBuilder();
        foreach (string line in gaps)
            output.Append(line).Append('\n');
        output.Append($"# {gaps.Count} members missing from {reference.Count - absentTypes} types corlib has\n");
        foreach (var (ns, n) in gapsPerNamespace)
            output.Append($"# missing members {ns} {n}\n");
        output.Append($"# {absentTypes} reference types corlib lacks entirely (not listed)\n");
        foreach (var (ns, n) in absentPerNamespace)
            output.Append($"# absent types {ns} {n}\n");
        Console.Out.Write(output.ToString());
        return 0;
    }

    // The namespace of a full type name (of the outermost type for a nested one).
    static string Namespace(string type)
    {
        int slash = type.IndexOf('/');
        string outer = slash < 0 ? type : type.Substring(0, slash);
        int dot = outer.LastIndexOf('.');
        return dot < 0 ? "(global)" : outer.Substring(0, dot);
    }

    internal static string FullName(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition t = md.GetTypeDefinition(h);
        string name = md.GetString(t.Name);
        TypeDefinitionHandle outer = t.GetDeclaringType();
        if (!outer.IsNil)
            return FullName(md, outer) + "/" + name;
        string ns = md.GetString(t.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    // A type is visible outside its assembly when it and every enclosing type are public.
    static bool IsVisible(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition t = md.GetTypeDefinition(h);
        TypeAttributes vis = t.Attributes & TypeAttributes.VisibilityMask;
        if (vis == TypeAttributes.Public)
            return true;
        if (vis != TypeAttributes.NestedPublic && vis != TypeAttributes.NestedFamily &&
            vis != TypeAttributes.NestedFamORAssem)
            return false;
        return IsVisible(md, t.GetDeclaringType());
    }

    static bool Reachable(MethodAttributes a)
    {
        MethodAttributes access = a & MethodAttributes.MemberAccessMask;
        return access == MethodAttributes.Public || access == MethodAttributes.Family ||
               access == MethodAttributes.FamORAssem;
    }

    static string Access(MethodAttributes a) =>
        (a & MethodAttributes.MemberAccessMask) == MethodAttributes.Public ? "" : "protected ";

    static void Collect(string path, Dictionary<string, HashSet<string>> into)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            return;
        MetadataReader md = pe.GetMetadataReader();
        foreach (TypeDefinitionHandle h in md.TypeDefinitions) {
            if (!IsVisible(md, h))
                continue;
            string name = FullName(md, h);
            if (!into.TryGetValue(name, out HashSet<string> members))
                into[name] = members = new HashSet<string>(StringComparer.Ordinal);
            Members(md, md.GetTypeDefinition(h), members);
        }
    }

    static void Members(MetadataReader md, TypeDefinition t, HashSet<string> members)
    {
        // Accessors show as their property or event, not again as methods.
        var accessors = new HashSet<MethodDefinitionHandle>();

        foreach (PropertyDefinitionHandle ph in t.GetProperties()) {
            PropertyDefinition p = md.GetPropertyDefinition(ph);
            PropertyAccessors acc = p.GetAccessors();
            string parts = "";
            bool isStatic = false;
            if (!acc.Getter.IsNil) {
                accessors.Add(acc.Getter);
                MethodAttributes a = md.GetMethodDefinition(acc.Getter).Attributes;
                isStatic |= (a & MethodAttributes.Static) != 0;
                if (Reachable(a))
                    parts += Access(a) + "get; ";
            }
            if (!acc.Setter.IsNil) {
                accessors.Add(acc.Setter);
                MethodAttributes a = md.GetMethodDefinition(acc.Setter).Attributes;
                isStatic |= (a & MethodAttributes.Static) != 0;
                if (Reachable(a))
                    parts += Access(a) + "set; ";
            }
            if (parts.Length == 0)
                continue;
            MethodSignature<string> sig = p.DecodeSignature(Namer, null!);
            string index = sig.ParameterTypes.Length == 0 ? "" : "[" + string.Join(", ", sig.ParameterTypes) + "]";
            members.Add($"{(isStatic ? "static " : "")}property {sig.ReturnType} {md.GetString(p.Name)}{index} {{ {parts}}}");
        }

        foreach (EventDefinitionHandle eh in t.GetEvents()) {
            EventDefinition e = md.GetEventDefinition(eh);
            EventAccessors acc = e.GetAccessors();
            if (acc.Adder.IsNil)
                continue;
            accessors.Add(acc.Adder);
            if (!acc.Remover.IsNil)
                accessors.Add(acc.Remover);
            MethodAttributes a = md.GetMethodDefinition(acc.Adder).Attributes;
            if (!Reachable(a))
                continue;
            string type = e.Type.Kind switch {
                HandleKind.TypeDefinition => FullName(md, (TypeDefinitionHandle)e.Type),
                HandleKind.TypeReference => Namer.GetTypeFromReference(md, (TypeReferenceHandle)e.Type, 0),
                HandleKind.TypeSpecification => Namer.GetTypeFromSpecification(md, null!, (TypeSpecificationHandle)e.Type, 0),
                _ => "?",
            };
            members.Add($"{Access(a)}{((a & MethodAttributes.Static) != 0 ? "static " : "")}event {type} {md.GetString(e.Name)}");
        }

        foreach (MethodDefinitionHandle mh in t.GetMethods()) {
            if (accessors.Contains(mh))
                continue;
            MethodDefinition m = md.GetMethodDefinition(mh);
            if (!Reachable(m.Attributes))
                continue;
            MethodSignature<string> sig = m.DecodeSignature(Namer, null!);
            string name = md.GetString(m.Name);
            if (sig.GenericParameterCount > 0)
                name += "``" + sig.GenericParameterCount;
            string isStatic = (m.Attributes & MethodAttributes.Static) != 0 ? "static " : "";
            members.Add($"{Access(m.Attributes)}{isStatic}method {sig.ReturnType} {name}({string.Join(", ", sig.ParameterTypes)})");
        }

        foreach (FieldDefinitionHandle fh in t.GetFields()) {
            FieldDefinition f = md.GetFieldDefinition(fh);
            FieldAttributes access = f.Attributes & FieldAttributes.FieldAccessMask;
            if (access != FieldAttributes.Public && access != FieldAttributes.Family &&
                access != FieldAttributes.FamORAssem)
                continue;
            string prot = access == FieldAttributes.Public ? "" : "protected ";
            string isStatic = (f.Attributes & FieldAttributes.Static) != 0 ? "static " : "";
            string type = f.DecodeSignature(Namer, null!);
            members.Add($"{prot}{isStatic}field {type} {md.GetString(f.Name)}");
        }

        foreach (TypeDefinitionHandle nh in t.GetNestedTypes()) {
            TypeAttributes vis = md.GetTypeDefinition(nh).Attributes & TypeAttributes.VisibilityMask;
            if (vis == TypeAttributes.NestedPublic || vis == TypeAttributes.NestedFamily ||
                vis == TypeAttributes.NestedFamORAssem)
                members.Add("nested " + md.GetString(md.GetTypeDefinition(nh).Name));
        }
    }
}
