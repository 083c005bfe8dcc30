package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final String ROW = "姓名,村组\n欧阳小明,东陈村二组\n";

    @Test
    void readsUtf8() {
        assertEquals(Optional.of(ROW), TextEncoding.decode(ROW.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8WithAByteOrderMarkWithoutTheMark() {
        assertEquals(Optional.of(ROW), TextEncoding.decode(("\uFEFF" + ROW).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsGbk() {
        assertEquals(Optional.of(ROW), TextEncoding.decode(ROW.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void readsGb18030WithACharacterGbkLacks() {
        String rare = "姓名\n王䶮\n";

        assertEquals(Optional.of(rare), TextEncoding.decode(rare.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void refusesUtf16() {
        assertEquals(Optional.empty(), TextEncoding.decode(ROW.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Optional.empty(), TextEncoding.decode(ROW.getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030() {
        assertEquals(Optional.empty(), TextEncoding.decode(new byte[] {'a', (byte) 0x80, 'b'}));
    }

    @Test
    void refusesAUtf8MarkFollowedByGbk() {
        byte[] gbk = ROW.getBytes(Charset.forName("GBK"));
        byte[] marked = new byte[gbk.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(gbk, 0, marked, 3, gbk.length);

        assertEquals(Optional.empty(), TextEncoding.decode(marked));
    }
}
