# `make sample`: builds anyclr and its core library, compiles samples/hello.cs with the
# .NET SDK's C# compiler against the standard reference assemblies (as `dotnet build`
# would), and runs it with anyclr (TARGET= runs it under the target's emulator).
.PHONY: sample
sample: all build/samples/hello.dll
	$(if $(filter-out $(HOST_TARGET),$(TARGET)),$(shell tools/target.sh $(TARGET) emulator)) \
	    $(B)/bin/anyclr run build/samples/hello.dll "$(TARGET)"

build/samples/hello.dll: samples/hello.cs tests/lib/csc.sh | build/.setup-done
	tests/lib/csc.sh $@ samples/hello.cs
