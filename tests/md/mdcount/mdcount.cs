// mdcount — the oracle for anyclr's metadata table row counts.
//
// For each file given, prints "# FILE" and then one "TABLE ROWS" line for every
// metadata table that has rows, in table-number order, with the table names of
// src/md/md_schema.def; this is what `anyclr dump --counts FILE` must print too.
// A file that System.Reflection.Metadata does not see as a managed assembly (a native
// library, a text file, no CLI header) gets "# FILE not-managed: why" instead, and the
// test skips it. Exit status 0, or 2 for bad usage.
using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

static class MdCount
{
    // ECMA-335 II.22 table numbers 0x00..0x2C, named as src/md/md_schema.def names them.
    static readonly string[] Names = {
        "Module", "TypeRef", "TypeDef", "FieldPtr", "Field", "MethodPtr", "MethodDef",
        "ParamPtr", "Param", "InterfaceImpl", "MemberRef", "Constant", "CustomAttribute",
        "FieldMarshal", "DeclSecurity", "ClassLayout", "FieldLayout", "StandAloneSig",
        "EventMap", "EventPtr", "Event", "PropertyMap", "PropertyPtr", "Property",
        "MethodSemantics", "MethodImpl", "ModuleRef", "TypeSpec", "ImplMap", "FieldRVA",
        "ENCLog", "ENCMap", "Assembly", "AssemblyProcessor", "AssemblyOS", "AssemblyRef",
        "AssemblyRefProcessor", "AssemblyRefOS", "File", "ExportedType", "ManifestResource",
        "NestedClass", "GenericParam", "MethodSpec", "GenericParamConstraint",
    };

    static int Main(string[] args)
    {
        if (args.Length == 0) {
            Console.Error.WriteLine("usage: mdcount FILE...");
            return 2;
        }
        var output = new StringBuilder();
        foreach (string path in args)
            output.Append(Count(path));
        Console.Out.Write(output.ToString());
        return 0;
    }

    static string Count(string path)
    {
        var sb = new StringBuilder();
        try {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
                return $"# {path} not-managed: no CLI header\n";
            MetadataReader md = pe.GetMetadataReader();
            sb.Append($"# {path}\n");
            for (int t = 0; t < Names.Length; t++) {
                int rows = md.GetTableRowCount((TableIndex)t);
                if (rows > 0)
                    sb.Append($"{Names[t]} {rows}\n");
            }
            return sb.ToString();
        } catch (BadImageFormatException e) {
            return $"# {path} not-managed: {e.Message}\n";
        }
    }
}
