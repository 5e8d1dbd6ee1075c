package io.lifeboat.playbook;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Compiles playbook templates: mustache without partials or template inheritance (a template can never
 * read a file), rendering as plain text (SMS and e-mail bodies are not HTML, so nothing is escaped).
 * It remembers where each tag was, so that problems can be reported at their line.
 */
public final class TemplateFactory extends DefaultMustacheFactory {
    private final Map<Code, TemplateContext> places = new IdentityHashMap<>();

    public Mustache compile(String text, String name) {
        return compile(new StringReader(text), name);
    }

    /** Where the tag of {@code code} stands in its template, or null for plain text. */
    TemplateContext place(Code code) {
        return places.get(code);
    }

    @Override
    public Reader getReader(String resourceName) {
        throw new MustacheException("partials and template inheritance are not allowed ('" + resourceName + "')");
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                super.value(tc, variable, encoded);
                remember(tc);
            }

            @Override
            public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                super.iterable(tc, variable, mustache);
                remember(tc);
            }

            @Override
            public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                super.notIterable(tc, variable, mustache);
                remember(tc);
            }

            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                throw refused(tc, "{{>" + variable + "}}");
            }

            @Override
            public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                throw refused(tc, "{{>*" + variable + "}}");
            }

            @Override
            public void extend(TemplateContext tc, String variable, Mustache mustache) {
                throw refused(tc, "{{<" + variable + "}}");
            }

            @Override
            public void pragma(TemplateContext tc, String pragma, String args) {
                throw new MustacheException("pragmas are not allowed ({{%" + pragma + "}})", tc);
            }

            private void remember(TemplateContext tc) {
                places.put(list.get(list.size() - 1), tc);
            }

            private MustacheException refused(TemplateContext tc, String tag) {
                return new MustacheException("partials and template inheritance are not allowed (" + tag + ")", tc);
            }
        };
    }
}
