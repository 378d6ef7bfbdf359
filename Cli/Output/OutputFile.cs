using System.IO;
using System.Text;

namespace CrmTiering.Cli.Output;

/// <summary>Where a command's result goes: the <c>--out</c> file (UTF-8 without BOM), else standard output.</summary>
public static class OutputFile
{
    public static TextWriter Open(string? path, CliConsole console)
    {
        if (path is null) return new NonClosingWriter(console.Output);
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        }
        catch (IOException e)
        {
            throw new UserMistakeException(string.Format(CliMessages.OutputNotWritable, path, e.Message));
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new UserMistakeException(string.Format(CliMessages.OutputNotWritable, path, e.Message));
        }
    }

    /// <summary>Lets callers dispose what they opened without closing the console.</summary>
    private sealed class NonClosingWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public NonClosingWriter(TextWriter inner)
        {
            _inner = inner;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(string? value) => _inner.Write(value);

        protected override void Dispose(bool disposing) => _inner.Flush();
    }
}
