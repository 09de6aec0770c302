package cn.jixiao.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Uploads: the container parses them (to disk) up to the largest limit of any path ({@link #config}), and
 * each is then held to the limit of its own path. The container reads them without the counting stream of
 * {@link RequestBodyLimitFilter}, so this is where an upload's size is checked.
 */
public class PathLimitedMultipartResolver extends StandardServletMultipartResolver {

    private final RequestBodyLimits limits;

    public PathLimitedMultipartResolver(RequestBodyLimits limits) {
        this.limits = limits;
    }

    /** What the container may parse of any upload: the largest path limit, all of it on disk. */
    public static MultipartConfigElement config(RequestBodyLimits limits) {
        long largest = limits.largest();
        return new MultipartConfigElement(null, largest, largest, 0);
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartHttpServletRequest parsed = super.resolveMultipart(request);
        long limit = limits.limitFor(request);
        long size = parsed.getMultiFileMap().values().stream().flatMap(List::stream)
                .mapToLong(MultipartFile::getSize).sum();
        if (size > limit) {
            cleanupMultipart(parsed);
            throw new MaxUploadSizeExceededException(limit);
        }
        return parsed;
    }
}
