package io.pressroom.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void cleanUtf8IsReadWithoutWarning() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode("Séoul — 서울".getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo("Séoul — 서울");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.warning()).isNull();
    }

    @Test
    void byteOrderMarksAreHonouredAndStripped() throws Exception {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Hello".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bom8, null).text()).isEqualTo("Hello");
        byte[] bom16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Hello world".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(bom16, null).text()).isEqualTo("Hello world");
    }

    @Test
    void utf16WithoutBomIsRecognised() throws Exception {
        byte[] b = "The United States continues to seek denuclearization.".getBytes(StandardCharsets.UTF_16LE);
        TextDecoder.Decoded d = TextDecoder.decode(b, null);
        assertThat(d.text()).startsWith("The United States");
        assertThat(d.warning()).contains("UTF-16LE");
    }

    @Test
    void latin1TextIsNotMojibakeAndTheGuessIsReported() throws Exception {
        String text = "Le président a déclaré à la presse que la réunion était reportée. Élysée, café, naïve, garçon.";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.warning()).contains("not UTF-8");
    }

    @Test
    void koreanInEucKrIsDetected() throws Exception {
        String text = "북한은 핵실험을 재개할 수 있다고 밝혔다. 외교부 대변인은 화요일 기자회견에서 이같이 말했다. "
                + "한미 양국은 비핵화를 위한 협력을 계속할 것이라고 강조했다.";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("EUC-KR")), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset().name()).isIn("EUC-KR", "x-windows-949");
    }

    @Test
    void aWrongDeclaredCharsetIsOverruledAndSaid() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode("서울 — Seoul".getBytes(StandardCharsets.UTF_8), "US-ASCII");
        assertThat(d.text()).isEqualTo("서울 — Seoul");
        assertThat(d.warning()).contains("declared charset US-ASCII does not fit");
    }

    @Test
    void binaryFilesAreRefusedWithTheirKind() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png, null)).isInstanceOf(UndecodableException.class).hasMessageContaining("PNG image");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> TextDecoder.decode(noise, null)).isInstanceOf(UndecodableException.class).hasMessageContaining("binary");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void textEncodedTwiceIsRepairedAndReported() throws Exception {
        String meant = "A DIY Investor’s Guide — “retirement” calculators… and Séoul";
        // What a CMS writes when it reads UTF-8 as Latin-1 (C1 controls) or as windows-1252 (€, ™) and encodes again.
        String viaLatin1 = new String(meant.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String viaCp1252 = new String(meant.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        TextDecoder.Decoded a = TextDecoder.decode(viaLatin1.getBytes(StandardCharsets.UTF_8), "utf-8");
        assertThat(a.text()).isEqualTo(meant.replace("Séoul", "SÃ©oul"));
        assertThat(a.warning()).contains("encoded twice").contains("5 characters repaired");
        // windows-1252 has no character for the last byte of "”" (0x9D): that one is lost, the others come back.
        TextDecoder.Decoded b = TextDecoder.decode(viaCp1252.getBytes(StandardCharsets.UTF_8), "utf-8");
        assertThat(b.text()).startsWith("A DIY Investor’s Guide — “retirement").contains(" calculators… and");
        // The no-break space encoded twice ("needs.Â " before the next sentence).
        assertThat(TextDecoder.decode("fit your needs.\u00C2\u00A0More".getBytes(StandardCharsets.UTF_8), "utf-8").text())
                .isEqualTo("fit your needs.\u00A0More");
        // Characters that merely look alike are left alone: a Latin-1 letter and a sign are real text.
        String real = "Prix: 10 Â£ — Ã© is how é looks when encoded twice.";
        assertThat(TextDecoder.decode(real.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(real);
    }
}
