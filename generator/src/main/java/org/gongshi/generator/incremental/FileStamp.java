package org.gongshi.generator.incremental;

/** A file of a project folder as last read: its name within the folder, size and modification time. */
public record FileStamp(String name, long size, long modified) {
}
