namespace ExpertGraph.Ingestion.Reading;

/// <summary>A forward-only stream that gives back bytes already read from <c>inner</c> (the head) before the rest of it.</summary>
internal sealed class PrefixedReadStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int _prefixOffset;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (_prefixOffset < prefixLength)
        {
            read = Math.Min(buffer.Length, prefixLength - _prefixOffset);
            prefix.AsSpan(_prefixOffset, read).CopyTo(buffer);
            _prefixOffset += read;
        }
        else
        {
            read = inner.Read(buffer);
        }

        _position += read;
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
